import type { ParcelWarning } from './parcels.schemas';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One rule warning in words, in the language of `t` (the window's i18next, or a test's). */
export function parcelWarningText(warning: ParcelWarning, t: Translate): string {
  return t(`parcels.warnings.${warning.kind}`, {
    facility: warning.facilityName ?? '',
    weight: warning.weightGrams,
    max: warning.maxGrams,
    categories: warning.categories.map((category) => t(`parcelContent.${category}`)).join(', '),
  });
}
