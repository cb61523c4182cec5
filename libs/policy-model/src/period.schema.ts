import { z } from 'zod';

/** The parts of a period that are more than a number and a unit: what it counts from, how long it is, its end on a day off. */

const ANCHOR_HINT = '起算事件写事件名（例如 from: accepted），或两个以上事件中较晚者 { laterOf: [accepted, goLive] }、较早者 { earlierOf: [...] }';
const AMOUNT_HINT = '期限应为正整数（例如 amount: 5），或取自项目的整数事实 { fact: approvedConstructionMonths }';

/**
 * What a period counts from: one event (`started`: the step's own start), or the later (`laterOf`) or earlier
 * (`earlierOf`) of several events. A `laterOf` anchor is reached when every one of its events has happened, on the
 * day of the last of them; an `earlierOf` anchor when the first of them happens.
 */
export const deadlineAnchorSchema = z.union([
  z.string({ error: ANCHOR_HINT }),
  z.strictObject({ laterOf: z.array(z.string()).min(2, '较晚者（laterOf）至少列出两个事件') }),
  z.strictObject({ earlierOf: z.array(z.string()).min(2, '较早者（earlierOf）至少列出两个事件') }),
]);

/**
 * How long a period is: a fixed whole number of units, or the value of one of the project's integer facts (a length
 * the regulation leaves to each project's approval, e.g. the approved construction period in months). A fact that
 * is missing, or not a whole number above 0, leaves the period without a due date and gives a finding.
 */
export const periodAmountSchema = z.union([
  z.number({ error: AMOUNT_HINT }).int(AMOUNT_HINT).positive(AMOUNT_HINT),
  z.strictObject({ fact: z.string().min(1) }),
]);

/**
 * A period (or a calendar point) ending on a day off: ends on the next working day (民法典 第二百零三条), on the last
 * working day before it, or stays. The document's `counting.holidayEnd`, or a schedule's own where it differs
 * (牡丹 A22: a quarter end moved back to the quarter's last working day).
 */
export const holidayEndSchema = z.enum(['next-working-day', 'previous-working-day', 'unchanged']);
