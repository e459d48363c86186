import type { ParcelWarning } from './parcels.schemas';

/**
 * What `parcels.warnings.<kind>` interpolates for one rule warning: the facility, the weights, and the content
 * categories in words (`contentName` gives the reader's word for each).
 */
export function parcelWarningParams(
  warning: ParcelWarning,
  contentName: (category: ParcelWarning['categories'][number]) => string,
): { facility: string; weight: number | null; max: number | null; categories: string } {
  return {
    facility: warning.facilityName ?? '',
    weight: warning.weightGrams,
    max: warning.maxGrams,
    categories: warning.categories.map(contentName).join(', '),
  };
}
