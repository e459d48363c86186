import { z } from 'zod';

/**
 * What a facility's mail rules say about one letter. `*_unknown`: the rule that matters for this letter was never
 * filled in, which is said rather than taken as allowed; `rules_unknown`: none of them was.
 */
export const ruleWarningKinds = [
  'rules_unknown',
  'letters_not_allowed',
  'letters_unknown',
  'pages_over',
  'pages_unknown',
  'photos_not_allowed',
  'photos_over',
  'photos_unknown',
  'stamps_not_allowed',
  'stamps_unknown',
  'language_not_allowed',
  'languages_unknown',
  'sender_required',
  'sender_unknown',
] as const;
export type RuleWarningKind = (typeof ruleWarningKinds)[number];

export const ruleWarning = z.strictObject({
  kind: z.enum(ruleWarningKinds),
  facilityName: z.string(),
  /** The facility's limit (pages, photos), when the warning is about one. */
  limit: z.number().int().nullable(),
  /** What the letter has (pages, photos), when the warning is about a number. */
  count: z.number().int().nullable(),
  /** The languages the facility accepts, for `language_not_allowed`. */
  languages: z.array(z.string()),
});
export type RuleWarning = z.output<typeof ruleWarning>;
