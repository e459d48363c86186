// The closed lists of the letters domain, one place for zod and for the migrations' CHECKs (each migration keeps a
// frozen copy: a shipped migration never changes).

/** Out: to a prisoner. In: from one. */
export const letterDirections = ['out', 'in'] as const;
export type LetterDirection = (typeof letterDirections)[number];

/**
 * An out letter goes draft -> sent -> acknowledged (the prisoner mentioned it) / returned / withheld (the prison kept
 * or censored it) / lost. A letter in is `received`, and only it.
 */
export const letterStatuses = ['draft', 'sent', 'acknowledged', 'returned', 'withheld', 'lost', 'received'] as const;
export type LetterStatus = (typeof letterStatuses)[number];
export const outLetterStatuses = ['draft', 'sent', 'acknowledged', 'returned', 'withheld', 'lost'] as const;
/** The statuses that carry a reason and, until someone deals with it, need action. */
export const letterIssueStatuses = ['returned', 'withheld'] as const;

/** Post; prison e-mail or messaging service; handed over at a visit; other. */
export const letterChannels = ['post', 'email', 'visit', 'other'] as const;
export type LetterChannel = (typeof letterChannels)[number];

/** Why a letter came back or was kept. `other` comes with a text. */
export const letterIssueReasons = [
  'moved',
  'unknown_address',
  'refused',
  'censored',
  'over_limits',
  'released',
  'other',
] as const;
export type LetterIssueReason = (typeof letterIssueReasons)[number];
