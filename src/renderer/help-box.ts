/**
 * The `?` overlay of a presentation view (app and HTML export): a title and a table of keys, in
 * the user's language. A click anywhere calls `close`.
 */
export function helpBox(title: string, shortcuts: readonly (readonly [string, string])[], close: () => void): HTMLElement {
  const overlay = document.createElement('div');
  overlay.id = 'lectern-help';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', title);
  const box = document.createElement('div');
  box.className = 'box';
  const heading = document.createElement('h2');
  heading.textContent = title;
  const table = document.createElement('table');
  for (const [keys, action] of shortcuts) {
    const row = table.insertRow();
    row.insertCell().textContent = keys;
    row.insertCell().textContent = action;
  }
  box.append(heading, table);
  overlay.append(box);
  overlay.addEventListener('click', close);
  return overlay;
}
