import { WorkingCalendar } from '@banfa/calendar';

/**
 * A WorkingCalendar that always answers from the calendar `current()` returns. Services keep the reference they
 * were injected with; when an administrator corrects the calendar, the store swaps the calendar behind it and
 * every later question gets the new answer, without a restart. (The swap happens between requests' synchronous
 * calls, so one evaluation never mixes two calendars.)
 */
export function liveCalendar(current: () => WorkingCalendar): WorkingCalendar {
  return new Proxy(Object.create(WorkingCalendar.prototype) as WorkingCalendar, {
    get(_target, property) {
      const calendar = current();
      const value: unknown = Reflect.get(calendar, property, calendar);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(calendar) : value;
    },
  });
}
