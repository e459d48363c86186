import { z } from 'zod';

/** The windows of the dashboard's counts, in days (the two the group sets are in shared/settings). */
export const BIRTHDAY_DAYS = 30;
export const RELEASE_DAYS = 60;
export const TRANSFER_DAYS = 30;
export const DRAFT_AGE_DAYS = 7;

/**
 * The dashboard's counts that are lists of prisoners: the prisoner list can show each one (its `attention` filter),
 * with the same query that counts it.
 */
export const attentionKinds = ['repliesOverdue', 'noLetter', 'birthdays', 'releases', 'transfers'] as const;
export const attentionKind = z.enum(attentionKinds);
export type AttentionKind = z.infer<typeof attentionKind>;

const count = z.number().int().nonnegative();

export const dashboardCounts = z.strictObject({
  /** Whether the vault holds any prisoner at all: without one, the dashboard says what to do first. */
  hasPrisoners: z.boolean(),
  /** Prisoners whose last letter sent has waited longer than their reply window. */
  repliesOverdue: count,
  /** Prisoners one can write to who have had no letter for `noLetterDays`. */
  noLetter: count,
  birthdays: count,
  releases: count,
  /** Prisoners moved to another facility in the last days. */
  transfers: count,
  /** Letters returned or withheld that nobody has dealt with yet. */
  letterIssues: count,
  /** Parcels refused, returned or lost that nobody has dealt with yet. */
  parcelIssues: count,
  /** Drafts started more than a week ago. */
  oldDrafts: count,
  /** Standing-order periods with no payment linked once their grace is over (the money section's standing orders). */
  standingOrdersLate: count,
  /** The settings the counts used, so the tiles can say them. */
  noLetterDays: z.number().int().positive(),
  replyWindowDays: z.number().int().positive(),
});
export type DashboardCounts = z.output<typeof dashboardCounts>;
