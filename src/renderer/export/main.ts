import '../styles/theme.css';
import '../styles/export.css';
import '../styles/export-controls.css';
import { checkExportChoices, DEFAULT_EXPORT_CHOICES, type ExportChoices, type ExportFormat } from '../../core/export-choices';
import type { ExportProblem } from '../../core/export-problem';
import { PRINT_LAYOUTS, type Paper, type PrintLayout } from '../../core/print-layout';
import type { Deck } from '../../core/types';
import type { ExportHost } from '../../shared/export-contract';
import { followDeck } from '../deck-feed';
import { getHost } from '../host';
import { uiLanguage } from '../i18n';
import { applyDeckLook } from '../slide-dom';
import { windowTitle } from '../../core/window-title';
import { initialDialog, reduceDialog, viewDialog, type DialogEvent } from './dialog-state';
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
    'format-label': xs.format,
    'format-pdf': xs.formats.pdf,
    'format-html': xs.formats.html,
    'html-hint': xs.htmlHint,
    'keep-images-label': xs.keepImages,
    'keep-images-hint': xs.keepImagesHint,
    'layout-label': xs.layout,
    'paper-label': xs.paper,
    'paper-a4': xs.a4,
    'paper-letter': xs.letter,
    'paper-hint': xs.paperForSlides,
    'notes-label': xs.includeNotes,
    'notes-hint': xs.notesOnlyHandouts,
    'notes-continue-label': xs.continueNotes,
    'range-label': xs.range,
    'file-label': xs.file,
    choose: xs.chooseFile,
    cancel: xs.cancel,
    'open-folder': xs.openFolder,
    'preview-title': xs.preview,
  };
  for (const [id, text] of Object.entries(texts)) $(id).textContent = text;
  $<HTMLInputElement>('range').placeholder = xs.rangeHint;
  $('page-previous').title = xs.previousPage;
  $('page-previous').setAttribute('aria-label', xs.previousPage);
  $('page-next').title = xs.nextPage;
  $('page-next').setAttribute('aria-label', xs.nextPage);
  $('layout').replaceChildren(...PRINT_LAYOUTS.map((l) => new Option(xs.layouts[l], l)));
}

function start(host: ExportHost): void {
  let deck: Deck | null = null;
  let state = initialDialog({ ...DEFAULT_EXPORT_CHOICES });
  const preview = new PagePreview($('preview-box'));
  const form = $<HTMLFormElement>('choices');

  const render = (): void => {
    const v = viewDialog(state, xs);
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="paper"]'))) input.disabled = !v.paperEnabled;
    // Format, images, layout, range and file are locked while an export runs.
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="format"], #keep-images, #layout, #range, #choose'))) input.disabled = !v.choicesEnabled;
    $<HTMLInputElement>('notes').disabled = !v.notesEnabled;
    $<HTMLInputElement>('notes-continue').disabled = !v.overflowEnabled;
    $('print-choices').hidden = !v.printChoicesShown;
    $('html-choices').hidden = v.printChoicesShown;
    const exportButton = $<HTMLButtonElement>('export');
    exportButton.disabled = !v.exportEnabled;
    exportButton.textContent = v.exportLabel;
    $('cancel').hidden = !v.cancelVisible;
    $('paper-hint').hidden = state.choices.layout !== 'slides';
    $('notes-hint').hidden = state.choices.layout === 'slides' || state.choices.layout === 'notes';
    const range = $<HTMLInputElement>('range');
    range.classList.toggle('invalid', !!v.choiceError);
    range.setAttribute('aria-invalid', String(!!v.choiceError));
    $('range-error').textContent = v.choiceError ?? '';
    const bar = $('progress');
    bar.hidden = v.progress === null;
    bar.setAttribute('aria-valuenow', String(Math.round((v.progress ?? 0) * 100)));
    $('progress-fill').style.width = `${(v.progress ?? 0) * 100}%`;
    // Starting (Chromium, or the HTML file being written): no count yet, so a moving bar.
    bar.classList.toggle('indeterminate', state.status.state === 'running' && !v.progress);
    $('status').textContent = v.message;
    $('warning').textContent = v.warning ?? '';
    $('warning').hidden = !v.warning;
    $('open-folder').hidden = !v.openFolder;
    const link = $<HTMLAnchorElement>('download');
    link.hidden = !v.download;
    link.textContent = v.download?.label ?? '';
    if (v.download) link.href = v.download.url;
    else link.removeAttribute('href');
    const p = v.preview;
    $('page-label').textContent = p?.label ?? '';
    $<HTMLButtonElement>('page-previous').disabled = !p?.canPrevious;
    $<HTMLButtonElement>('page-next').disabled = !p?.canNext;
    $('preview-note').textContent = p?.stale ? `${v.choiceError ?? ''} ${xs.previewStale}` : '';
    if (deck) void preview.show(deck, p?.plan ?? null, p?.page ?? 0, !!p?.stale);
    document.body.dataset.state = state.status.state;
  };
  const dispatch = (event: DialogEvent): void => {
    state = reduceDialog(state, event);
    render();
  };

  /** Checks the choices with the CLI's parser against the deck. */
  const check = (choices: ExportChoices): void => {
    if (deck) dispatch({ type: 'choices', choices, checked: checkExportChoices(deck, choices, today()) });
  };
  const formChoices = (): ExportChoices => {
    const data = new FormData(form);
    return {
      format: (data.get('format') ?? state.choices.format) as ExportFormat,
      layout: $<HTMLSelectElement>('layout').value as PrintLayout,
      paper: (data.get('paper') ?? state.choices.paper) as Paper,
      notes: $<HTMLInputElement>('notes').checked,
      range: $<HTMLInputElement>('range').value,
      keepImages: $<HTMLInputElement>('keep-images').checked,
      ...($<HTMLInputElement>('notes-continue').checked ? {} : { notesOverflow: 'cut' as const }),
    };
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (e) => {
    const choices = formChoices();
    const formatChanged = choices.format !== state.choices.format;
    // Typing a range waits for a short pause; other choices show at once.
    clearTimeout(typing);
    if ((e.target as HTMLElement).id === 'range') typing = setTimeout(() => check(formChoices()), 150);
    else check(choices);
    if (formatChanged) void host.target(choices.format).then((r) => (r.ok ? showTarget(r.value.label, r.value.canChoose) : report(r)));
  });
  const report = (result: { ok: true } | { ok: false; error: string; problem?: ExportProblem }): void => {
    if (!result.ok) dispatch({ type: 'refused', error: result.error, problem: result.problem });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    check(formChoices());
    if (!state.checked?.ok || state.status.state === 'running') return;
    dispatch({ type: 'status', status: { state: 'running', slidesDone: 0, slidesTotal: 0, pagesDone: 0, pagesTotal: 0 } });
    void host.start(state.choices).then((r) => {
      // A status event may already have moved on (a fast export): keep the newer one.
      if (r.ok && state.status.state === 'running' && state.status.slidesTotal === 0) dispatch({ type: 'status', status: r.value });
      report(r);
    });
  });
  $('cancel').addEventListener('click', () => void host.cancel().then(report));
  $('open-folder').addEventListener('click', () => void host.openFolder().then(report));
  $('choose').addEventListener('click', () => void host.chooseTarget(state.choices.format).then((r) => (r.ok ? r.value && showTarget(r.value.label, true) : report(r))));
  $('page-previous').addEventListener('click', () => dispatch({ type: 'page', step: -1 }));
  $('page-next').addEventListener('click', () => dispatch({ type: 'page', step: 1 }));
  // Page Up / Page Down page through the preview from anywhere but a text field.
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'text') return;
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      dispatch({ type: 'page', step: e.key === 'PageDown' ? 1 : -1 });
    }
  });
  const showTarget = (text: string, canChoose: boolean): void => {
    $('file-label').textContent = canChoose ? xs.file : xs.downloadName;
    $('target').textContent = text;
    $('choose').hidden = !canChoose;
  };
  void host.target(state.choices.format).then((r) => (r.ok ? showTarget(r.value.label, r.value.canChoose) : report(r)));
  host.onStatus((status) => dispatch({ type: 'status', status }));
  render();
  void followDeck(getHost(), (payload) => {
    deck = payload.deck;
    applyDeckLook(deck);
    document.title = windowTitle(deck.config.title, xs.title);
    // The dialog speaks the user's language; the deck's own `lang` only styles its slides.
    document.documentElement.lang = uiLanguage;
    check(state.choices);
  }).then((r) => report(r));
}

label();
const exportHost = getHost().export;
if (exportHost) start(exportHost);
else $('status').textContent = xs.noHost;
