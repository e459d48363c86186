// The closed lists of the parcels domain, one place for zod and for the migrations' CHECKs (frozen copies there).
export { parcelContents } from '../registry/mail-rules.schemas';

/** prepared -> sent -> delivered / refused / returned / lost. */
export const parcelStatuses = ['prepared', 'sent', 'delivered', 'refused', 'returned', 'lost'] as const;
export type ParcelStatus = (typeof parcelStatuses)[number];
/** The statuses that carry a reason and, until someone deals with it, need action. */
export const parcelIssueStatuses = ['refused', 'returned', 'lost'] as const;

/** Why a parcel was refused, came back or was lost. `other` comes with a text. */
export const parcelIssueReasons = [
  'over_weight',
  'forbidden_contents',
  'moved',
  'unknown_address',
  'refused',
  'released',
  'other',
] as const;
export type ParcelIssueReason = (typeof parcelIssueReasons)[number];
