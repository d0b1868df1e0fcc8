import { formatTime } from '../../core/i18n';
import { parseTimeOfDay, timeOfDayExample } from '../../core/time-of-day';
import { el } from '../dom';
import { uiLanguage } from '../i18n';

/**
 * The console's "End at" field. Not `<input type="time">`: Chromium draws that in the browser's
 * locale (05:30 PM under a Russian UI); this one shows the UI language's time (17:30 in Russian)
 * and rewrites what was typed that way.
 * `set` gets the minutes since midnight, or null when cleared.
 */
export function timeField(set: (minutes: number | null) => void): HTMLInputElement {
  const field = el('input', { type: 'text', className: 'lx-time', size: 8, placeholder: timeOfDayExample(uiLanguage) });
  field.addEventListener('change', () => {
    const text = field.value.trim();
    const minutes = text ? parseTimeOfDay(text) : null;
    field.classList.toggle('invalid', !!text && minutes === null);
    if (text && minutes === null) return;
    // Written back the way the language writes it (5:30 PM, 17:30), so the presenter sees what was understood.
    if (minutes !== null) field.value = formatTime(uiLanguage, new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
    set(minutes);
  });
  return field;
}
