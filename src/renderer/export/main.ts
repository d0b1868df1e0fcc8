import '../styles/theme.css';
import '../styles/export.css';
import { checkExportChoices, DEFAULT_EXPORT_CHOICES, type CheckedChoices, type ExportChoices } from '../../core/export-choices';
import { PRINT_LAYOUTS, type Paper, type PrintLayout } from '../../core/print-layout';
import type { Deck } from '../../core/types';
import type { ExportHost, ExportStatus } from '../../shared/export-contract';
import { followDeck } from '../deck-feed';
import { getHost } from '../host';
import { uiLanguage } from '../i18n';
import { windowTitle } from '../../core/window-title';
import { applyDeckLook } from '../slide-dom';
import { viewDialog } from './dialog-state';
import { PagePreview } from './page-preview';
import { xs } from './strings';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const today = (): string => new Date().toISOString().slice(0, 10);

/** Puts the dialog's fixed texts in place (English or Russian). */
function label(): void {
  document.documentElement.lang = uiLanguage;
  document.title = windowTitle(undefined, xs.title);
  const texts: Record<string, string> = {
    title: xs.title,
    'layout-label': xs.layout,
    'paper-label': xs.paper,
    'paper-a4': xs.a4,
    'paper-letter': xs.letter,
    'paper-hint': xs.paperForSlides,
    'notes-label': xs.includeNotes,
    'notes-hint': xs.notesOnlyHandouts,
    'range-label': xs.range,
    'file-label': xs.file,
    choose: xs.chooseFile,
    export: xs.exportButton,
    cancel: xs.cancel,
    'open-folder': xs.openFolder,
    download: xs.download,
  };
  for (const [id, text] of Object.entries(texts)) $(id).textContent = text;
  $<HTMLInputElement>('range').placeholder = xs.rangeHint;
  $('layout').replaceChildren(...PRINT_LAYOUTS.map((l) => new Option(xs.layouts[l], l)));
}

function start(host: ExportHost): void {
  let deck: Deck | null = null;
  let choices: ExportChoices = { ...DEFAULT_EXPORT_CHOICES };
  let checked: CheckedChoices | null = null;
  let status: ExportStatus = { state: 'idle' };
  const preview = new PagePreview($('preview-box'));
  const form = $<HTMLFormElement>('choices');

  const render = (): void => {
    const v = viewDialog(choices, checked, status, xs);
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="paper"]'))) input.disabled = !v.paperEnabled;
    $<HTMLInputElement>('notes').disabled = !v.notesEnabled;
    $<HTMLSelectElement>('layout').disabled = !v.choicesEnabled;
    $<HTMLInputElement>('range').disabled = !v.choicesEnabled;
    $<HTMLButtonElement>('choose').disabled = !v.choicesEnabled;
    $<HTMLButtonElement>('export').disabled = !v.exportEnabled;
    $('cancel').hidden = !v.cancelVisible;
    $('paper-hint').hidden = choices.layout !== 'slides';
    $('notes-hint').hidden = choices.layout === 'slides' || choices.layout === 'notes';
    $('range').classList.toggle('invalid', !!v.choiceError);
    $('range-error').textContent = v.choiceError ?? '';
    const bar = $<HTMLProgressElement>('progress');
    bar.hidden = v.progress === null;
    bar.value = v.progress ?? 0;
    $('status').textContent = v.message;
    $('open-folder').hidden = !v.openFolder;
    const link = $<HTMLAnchorElement>('download');
    link.hidden = !v.downloadUrl;
    if (v.downloadUrl) link.href = v.downloadUrl;
    else link.removeAttribute('href');
    document.body.dataset.state = status.state;
  };

  /** Checks the choices with the CLI's parser and shows page 1 of the layout. */
  const refresh = (): void => {
    if (!deck) return;
    checked = checkExportChoices(deck, choices, today(), uiLanguage);
    $('preview-title').textContent = checked.ok ? xs.preview(checked.plan.pages.length) : '';
    void preview.show(deck, checked.ok ? checked.plan : null);
    render();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (e) => {
    const data = new FormData(form);
    choices = {
      layout: $<HTMLSelectElement>('layout').value as PrintLayout,
      paper: (data.get('paper') ?? choices.paper) as Paper,
      notes: $<HTMLInputElement>('notes').checked,
      range: $<HTMLInputElement>('range').value,
    };
    // Typing a range waits for a short pause; other choices show at once.
    clearTimeout(typing);
    if ((e.target as HTMLElement).id === 'range') typing = setTimeout(refresh, 150);
    else refresh();
  });
  const report = (result: { ok: true } | { ok: false; error: string }): void => {
    if (!result.ok) {
      status = { state: 'failed', error: result.error };
      render();
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    refresh();
    if (!checked?.ok || status.state === 'running') return;
    status = { state: 'running', slidesDone: 0, slidesTotal: 0, pagesDone: 0, pagesTotal: 0 };
    render();
    void host.start(choices).then((r) => {
      // A status event may already have moved on (a fast export): keep the newer one.
      if (r.ok && status.state === 'running' && status.slidesTotal === 0) status = r.value;
      report(r);
      render();
    });
  });
  $('cancel').addEventListener('click', () => void host.cancel().then(report));
  $('open-folder').addEventListener('click', () => void host.openFolder().then(report));
  $('choose').addEventListener('click', () => void host.chooseTarget().then((r) => (r.ok ? r.value && showTarget(r.value.label, true) : report(r))));
  const showTarget = (text: string, canChoose: boolean): void => {
    $('file-label').textContent = canChoose ? xs.file : xs.downloadName;
    $('target').textContent = text;
    $('choose').hidden = !canChoose;
  };
  void host.target().then((r) => (r.ok ? showTarget(r.value.label, r.value.canChoose) : report(r)));
  host.onStatus((s) => {
    status = s;
    render();
  });
  render();
  void followDeck(getHost(), (payload) => {
    deck = payload.deck;
    applyDeckLook(deck);
    document.title = windowTitle(deck.config.title, xs.title);
    // The dialog speaks the user's language; the deck's own `lang` only styles its slides.
    document.documentElement.lang = uiLanguage;
    refresh();
  }).then((r) => report(r));
}

label();
const exportHost = getHost().export;
if (exportHost) start(exportHost);
else $('status').textContent = xs.noHost;
