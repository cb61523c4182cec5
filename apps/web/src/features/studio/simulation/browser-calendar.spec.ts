import { describe, expect, it } from 'vitest';
import { browserCalendar, calendarYearsFor, type CalendarYearResponse } from './browser-calendar';
import { calendarAnswer as packageYearAnswer } from './calendar-answers.test-helper';

describe('the browser calendar', () => {
  it('counts on the official calendar before the api answers: 5 working days from 2025-09-30 end on 2025-10-14 (国庆)', () => {
    const calendar = browserCalendar([]);
    expect(calendar.addWorkingDays('2025-09-30', 5)).toEqual({ date: '2025-10-14', provisional: false });
  });

  it('applies an administrator’s override the api serves, as the server does', () => {
    // Friday 2025-10-10 made a day off: the fifth working day after 2025-10-02 … is the 调休 Saturday 10-11.
    const calendar = browserCalendar([packageYearAnswer(2025, [{ day: '2025-10-10', working: false }])]);
    expect(calendar.isWorkingDay('2025-10-10')).toEqual({ working: false, provisional: false });
    expect(calendar.addWorkingDays('2025-09-26', 5).date).toBe('2025-10-11');
    // A weekday made a working holiday the other way round: 2025-10-08 (国庆) becomes a working day.
    const reopened = browserCalendar([packageYearAnswer(2025, [{ day: '2025-10-08', working: true }])]);
    expect(reopened.addWorkingDays('2025-09-30', 1).date).toBe('2025-10-08');
  });

  it('keeps a year nobody published provisional, and counts a year an administrator entered as covered', () => {
    const unpublished: CalendarYearResponse = { year: 2031, provisional: true, published: false, source: 'none', daysOff: [], adjustedWorkdays: [] };
    const before = browserCalendar([unpublished]);
    expect(before.addWorkingDays('2031-09-30', 1)).toEqual({ date: '2031-10-01', provisional: true });

    const entered: CalendarYearResponse = {
      year: 2031,
      provisional: false,
      published: true,
      source: 'administrator',
      daysOff: ['2031-10-01', '2031-10-02', '2031-10-03'].map((day) => ({ day })),
      adjustedWorkdays: [{ day: '2031-09-28' }],
    };
    const after = browserCalendar([entered]);
    expect(after.addWorkingDays('2031-09-30', 1)).toEqual({ date: '2031-10-06', provisional: false });
    expect(after.isWorkingDay('2031-09-28')).toEqual({ working: true, provisional: false });
  });

  it('reads the years a project can reach: from its earliest date to three years past its latest, within bounds', () => {
    expect(calendarYearsFor(['2025-09-30', '2026-03-01'])).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(calendarYearsFor([])).toEqual([]);
    expect(calendarYearsFor(['2099-01-01'])).toEqual([2099, 2100]);
    expect(calendarYearsFor(['2000-01-01', '2090-01-01'])).toHaveLength(12);
    expect(calendarYearsFor(['not a date'])).toEqual([]);
  });
});
