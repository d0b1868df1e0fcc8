/** A short message at the bottom of the window (a blocked pop-up, a missing audience window). */
export function toast(text: string): void {
  let el = document.getElementById('lectern-toast');
  if (!el) {
    el = document.createElement('div');
    el.id = 'lectern-toast';
    document.body.append(el);
  }
  el.textContent = text;
}
