import { conflictOf, displayKey, keysForCommand, teachKey, UNTEACHABLE_KEYS } from '../../core/clicker-teach';
import { CLICKER_COMMANDS, keyName, type KeyCommand, type KeyMap } from '../../core/keymap';
import { button, el } from '../dom';
import { ct } from './strings';

/** Where the Teach dialog is: choosing a command, waiting for a key, or showing the key it caught. */
type Step = { kind: 'idle' } | { kind: 'waiting'; command: KeyCommand } | { kind: 'captured'; command: KeyCommand; key: string; conflict: KeyCommand | null };

/**
 * The "press your clicker's buttons" screen. Teach waits for the next key press; the captured key
 * is shown with Keep / Retry (and what it already does, if anything) and saved only on Keep. Esc
 * cancels at every step and is never taught. Each row lists the keys that do the command now.
 */
export class ClickerSetup {
  private readonly root = el('div', { id: 'lx-clicker', hidden: true });
  private readonly rows = el('table');
  private readonly prompt = el('div', { className: 'lx-teach-prompt' });
  private step: Step = { kind: 'idle' };

  constructor(
    private readonly keymap: () => KeyMap,
    private readonly save: (keymap: KeyMap) => void,
  ) {
    this.root.setAttribute('role', 'dialog');
    this.prompt.setAttribute('aria-live', 'polite');
    const actions = el(
      'div',
      { className: 'lx-dialog-actions' },
      button(ct.clicker.reset, () => this.update({})),
      button(ct.clicker.done, () => this.close()),
    );
    this.root.append(el('div', { className: 'box' }, el('h2', { textContent: ct.clicker.title }), el('p', { textContent: `${ct.clicker.hint} ${ct.teach.escHint}` }), this.rows, this.prompt, actions));
    document.body.append(this.root);
    // Capture phase: the taught key must not also move the slides.
    window.addEventListener('keydown', (e) => this.onKey(e), true);
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  open(): void {
    this.root.hidden = false;
    this.go({ kind: 'idle' });
  }

  close(): void {
    this.step = { kind: 'idle' };
    this.root.hidden = true;
  }

  /** `save` must make `keymap()` return the new mapping at once (the host stores it later). */
  private update(keymap: KeyMap): void {
    this.save(keymap);
    this.go({ kind: 'idle' });
  }

  private go(step: Step): void {
    this.step = step;
    this.render();
  }

  private render(): void {
    const keymap = this.keymap();
    const step = this.step;
    this.root.dataset.step = step.kind;
    this.rows.replaceChildren();
    for (const command of CLICKER_COMMANDS) {
      const row = this.rows.insertRow();
      row.dataset.command = command;
      row.insertCell().textContent = ct.commands[command] ?? command;
      const keys = row.insertCell();
      keys.className = 'lx-keys';
      keys.textContent = step.kind === 'waiting' && step.command === command ? ct.clicker.press : keysForCommand(command, keymap).map(displayKey).join(', ') || ct.clicker.unset;
      row.insertCell().append(button(ct.clicker.teach, () => this.go({ kind: 'waiting', command })));
    }
    this.prompt.replaceChildren();
    if (step.kind !== 'captured') return;
    const key = displayKey(step.key);
    const text = el('p', { textContent: step.conflict ? `${ct.teach.captured(key)} ${ct.teach.conflict(key, ct.commandNames[step.conflict])}` : ct.teach.captured(key) });
    this.prompt.append(
      text,
      button(ct.teach.keep, () => this.update(teachKey(this.keymap(), step.key, step.command)), 'keep'),
      button(ct.teach.retry, () => this.go({ kind: 'waiting', command: step.command }), 'retry'),
      button(ct.teach.cancel, () => this.go({ kind: 'idle' })),
    );
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.isOpen) return;
    const step = this.step;
    if (e.key === 'Escape') {
      // Esc backs out one step and is never taught (it would leave a clicker with no way back).
      e.preventDefault();
      e.stopImmediatePropagation();
      if (step.kind === 'idle') this.close();
      else this.go({ kind: 'idle' });
      return;
    }
    if (step.kind !== 'waiting') return;
    const name = keyName(e);
    if (name === null || UNTEACHABLE_KEYS.includes(name)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.go({ kind: 'captured', command: step.command, key: name, conflict: conflictOf(name, step.command, this.keymap()) });
  }
}
