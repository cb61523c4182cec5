/**
 * How a period is counted where a regulation is silent. No seed regulation defines these; each is a setting of the
 * policy document (`counting`, the A31 reading), and these are the defaults the civil code gives.
 */
export interface CountingRules {
  /**
   * `excluded`: the day of the triggering event does not count, counting starts the next day (民法典 第二百零一条).
   * `included`: the event day is day 1 (a period counted as by default from the day before the event).
   */
  readonly eventDay: 'excluded' | 'included';
  /**
   * `count`: an adjusted weekend workday (调休上班) is a working day, as the State Council's notice makes it.
   * `skip`: only Monday–Friday that are not holidays count as working days; adjusted workdays are days off.
   */
  readonly adjustedWorkdays: 'count' | 'skip';
  /**
   * A calendar-day or month period (or a fixed calendar point) ending on a day off: ends on the next working day
   * (民法典 第二百零三条), on the last working day before it, or stays. Working-day periods always end on a working day.
   */
  readonly holidayEnd: 'next-working-day' | 'previous-working-day' | 'unchanged';
}

export type PeriodUnit = 'workingDays' | 'calendarDays' | 'months';

/** The civil code's counting: the event day excluded, adjusted workdays counted, an end on a day off moved on. */
export const CIVIL_CODE_COUNTING: CountingRules = Object.freeze({ eventDay: 'excluded', adjustedWorkdays: 'count', holidayEnd: 'next-working-day' });
