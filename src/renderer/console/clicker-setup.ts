import { CLICKER_COMMANDS, keyName, type KeyCommand, type KeyMap } from '../../core/keymap';
import { button } from './button';
import { ct } from './strings';

/**
 * The "press your clicker's buttons" screen: for each command, Teach waits for the next key
 * press and maps it; the mapping is handed to `save` (the host keeps it in the settings).
 */
export class ClickerSetup {
  private readonly root = document.createElement('div');
  private readonly rows = document.createElement('table');
  private waitingFor: KeyCommand | null = null;

  constructor(private readonly keymap: () => KeyMap, private readonly save: (keymap: KeyMap) => void) {
    this.root.id = 'lx-clicker';
    this.root.setAttribute('role', 'dialog');
    this.root.hidden = true;
    const box = document.createElement('div');
    box.className = 'box';
    const title = document.createElement('h2');
    title.textContent = ct.clicker.title;
    const hint = document.createElement('p');
    hint.textContent = ct.clicker.hint;
    const actions = document.createElement('div');
    actions.append(button(ct.clicker.reset, () => this.update({})), button(ct.clicker.done, () => this.close()));
    box.append(title, hint, this.rows, actions);
    this.root.append(box);
    document.body.append(this.root);
    // Capture phase: the taught key must not also move the slides.
    window.addEventListener('keydown', (e) => this.onKey(e), true);
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  open(): void {
    this.root.hidden = false;
    this.render();
  }

  close(): void {
    this.waitingFor = null;
    this.root.hidden = true;
  }

  /** `save` must make `keymap()` return the new mapping at once (the host stores it later). */
  private update(keymap: KeyMap): void {
    this.save(keymap);
    this.render();
  }

  private current(): KeyMap {
    return this.keymap();
  }

  private render(): void {
    const keymap = this.current();
    this.rows.replaceChildren();
    for (const command of CLICKER_COMMANDS) {
      const row = this.rows.insertRow();
      row.dataset.command = command;
      row.insertCell().textContent = ct.commands[command] ?? command;
      const keys = Object.entries(keymap).filter(([, c]) => c === command).map(([k]) => k);
      row.insertCell().textContent = this.waitingFor === command ? ct.clicker.press : keys.join(', ') || ct.clicker.unset;
      row.insertCell().append(button(ct.clicker.teach, () => {
        this.waitingFor = command;
        this.render();
      }));
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.isOpen) return;
    if (!this.waitingFor) {
      if (e.key === 'Escape') this.close();
      return;
    }
    const name = keyName(e);
    if (name === null) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const command = this.waitingFor;
    this.waitingFor = null;
    // One key does one thing: teaching a key moves it away from any other command.
    this.update({ ...this.current(), [name]: command });
  }
}
