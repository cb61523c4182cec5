import type { WorkingCalendar } from '@banfa/calendar';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../api/http';
import { browserCalendar, calendarYearsFor, type CalendarYearResponse } from './browser-calendar';

/** Calendars built, by the answers they were built from: panels reading the same years share one (and what is cached on it). */
const built = new Map<string, WorkingCalendar>();
const KEPT = 8;

function sharedCalendar(key: string, answers: ReadonlyArray<CalendarYearResponse>): WorkingCalendar {
  let calendar = built.get(key);
  if (!calendar) {
    calendar = browserCalendar(answers);
    if (built.size >= KEPT) built.delete(built.keys().next().value as string);
    built.set(key, calendar);
  }
  return calendar;
}

export interface BrowserCalendarState {
  calendar: WorkingCalendar;
  /** Some years are still being read: due dates there use the package's days meanwhile. */
  loading: boolean;
  /** Years the api could not answer (the package's days are used for them), for saying so. */
  failedYears: number[];
  /** Years without an official arrangement: deadlines reaching them are provisional. */
  provisionalYears: number[];
}

/**
 * The official calendar for the years a set of dates can reach (GET /api/calendar/:year, kept for ten minutes), so
 * that what the browser computes is what the server would. Several projects (scenarios) share one calendar.
 */
export function useBrowserCalendar(dates: ReadonlyArray<string>): BrowserCalendarState {
  const years = calendarYearsFor(dates);
  const queries = useQueries({
    queries: years.map((year) => ({
      queryKey: ['calendar-year', year],
      queryFn: () => api<CalendarYearResponse>(`/calendar/${year}`),
      staleTime: 10 * 60_000,
      retry: 1,
    })),
  });
  const answers = queries.map((query) => query.data).filter((answer): answer is CalendarYearResponse => answer !== undefined);
  // The calendar is rebuilt only when the answers' content changes, not on every render.
  const key = answers
    .map((answer) => `${answer.year}:${answer.provisional}:${answer.daysOff.map((entry) => entry.day).join(',')}:${answer.adjustedWorkdays.map((entry) => entry.day).join(',')}`)
    .join('|');
  const calendar = sharedCalendar(key, answers);
  const loading = queries.some((query) => query.isPending);
  const failed = years.filter((_, index) => queries[index]?.isError).join(',');
  const provisional = answers.filter((answer) => answer.provisional).map((answer) => answer.year).join(',');
  // One object per distinct state, so that what is computed from it is recomputed only when it changes.
  return useMemo(
    () => ({ calendar, loading, failedYears: numbers(failed), provisionalYears: numbers(provisional) }),
    [calendar, loading, failed, provisional],
  );
}

function numbers(list: string): number[] {
  return list === '' ? [] : list.split(',').map(Number);
}
