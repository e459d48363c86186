import type { ParcelItem, ParcelWarning } from '../../shared/parcels/parcels.schemas';
import type { MailRules } from '../../shared/registry/mail-rules.schemas';

/** The facility a parcel goes to, with its rules; null when the parcel has no stay to go to. */
export interface ParcelDestination {
  facilityName: string;
  rules: MailRules;
}

type Extra = Partial<Pick<ParcelWarning, 'weightGrams' | 'maxGrams' | 'categories'>>;
const warning = (kind: ParcelWarning['kind'], facilityName: string | null, extra: Extra = {}): ParcelWarning => ({
  kind,
  facilityName,
  weightGrams: extra.weightGrams ?? null,
  maxGrams: extra.maxGrams ?? null,
  categories: extra.categories ?? [],
});

/**
 * What the facility's mail rules say about one parcel, each problem once. A rule never filled in is said to be
 * unknown, never taken as allowed: the volunteer then checks with the prison before posting.
 */
export function parcelRuleWarnings(
  parcel: { weightGrams: number | null; items: readonly Pick<ParcelItem, 'category'>[] },
  destination: ParcelDestination | null,
): ParcelWarning[] {
  if (destination === null) return [warning('no_stay', null)];
  const { facilityName, rules } = destination;
  const warnings: ParcelWarning[] = [];
  if (rules.parcelsAllowed === false) warnings.push(warning('parcels_not_allowed', facilityName));
  else if (rules.parcelsAllowed === null) warnings.push(warning('parcels_unknown', facilityName));

  const maxGrams = rules.parcelMaxGrams;
  const { weightGrams } = parcel;
  if (maxGrams === null) warnings.push(warning('max_weight_unknown', facilityName, { weightGrams }));
  else if (weightGrams === null) warnings.push(warning('weight_missing', facilityName, { maxGrams }));
  else if (weightGrams > maxGrams) warnings.push(warning('over_weight', facilityName, { weightGrams, maxGrams }));

  const used = [...new Set(parcel.items.map((item) => item.category))];
  if (used.length > 0) {
    // The facility's list is empty until someone fills it in: nothing is known to be accepted.
    if (rules.parcelContents.length === 0)
      warnings.push(warning('contents_unknown', facilityName, { categories: used }));
    else {
      const refused = used.filter((category) => !rules.parcelContents.includes(category));
      if (refused.length > 0) warnings.push(warning('content_not_allowed', facilityName, { categories: refused }));
    }
  }
  return warnings;
}
