import { IANAZone } from 'luxon';
import { z } from 'zod';
import { isKnownCountry, isKnownRegion } from './holiday-calendar.js';

const MAX_HOURS = 24 * 366;
const MAX_WORKING_DAYS = 366;

const HoursPolicy = z.object({
  kind: z.literal('hours'),
  /** Absolute elapsed time: 4 hours is 4 hours even across a daylight-saving change. */
  hours: z.number().positive().max(MAX_HOURS),
});

const WorkingDaysPolicy = z
  .object({
    kind: z.literal('working-days'),
    days: z.number().int().min(1).max(MAX_WORKING_DAYS),
    /** ISO 3166-1 alpha-2 code of the country whose public holidays apply. */
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'expected a two-letter country code such as "DE"')
      .transform((code) => code.toUpperCase()),
    /** Subdivision (ISO 3166-2 suffix, `BY` for Bavaria) whose own public holidays also apply. */
    region: z
      .string()
      .regex(/^[A-Za-z0-9]{1,3}$/, 'expected a subdivision code such as "BY"')
      .transform((code) => code.toUpperCase())
      .optional(),
    /** IANA time zone in which days start and end, e.g. `Europe/Berlin`. */
    timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'expected an IANA time zone such as "Europe/Berlin"'),
  })
  .superRefine((policy, ctx) => {
    if (!isKnownCountry(policy.country)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: `no holiday calendar for country "${policy.country}"` });
    } else if (policy.region !== undefined && !isKnownRegion(policy.country, policy.region)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: `no holiday calendar for region "${policy.region}" of ${policy.country}` });
    }
  });

/**
 * How long a platform has to act once notified: absolute hours (a regulator's priority list: 4 h), or working
 * days in one country's calendar (the EU's 2 working days for an authority's order).
 *
 * Working days: the day of notification is not counted; the period ends at the end of the Nth working day
 * after it (24:00 local time, i.e. the start of the next local day in `timeZone`). Saturdays, Sundays and the
 * country's (and region's) public holidays are not working days.
 * @example
 * DeadlinePolicy.parse({ kind: 'hours', hours: 4 })
 * DeadlinePolicy.parse({ kind: 'working-days', days: 2, country: 'DE', timeZone: 'Europe/Berlin' })
 */
export const DeadlinePolicy = z.discriminatedUnion('kind', [HoursPolicy, WorkingDaysPolicy]);
export type DeadlinePolicy = z.infer<typeof DeadlinePolicy>;
export type WorkingDaysPolicy = Extract<DeadlinePolicy, { kind: 'working-days' }>;

/**
 * The part of a working-days policy that decides which days count.
 * @example const calendar: WorkingCalendar = { country: 'FR', timeZone: 'Europe/Paris' };
 */
export type WorkingCalendar = Pick<WorkingDaysPolicy, 'country' | 'region' | 'timeZone'>;
