/** Sections that come in a later version: their page says what they will hold. */
export const featurePages = ['money'] as const;
export type FeaturePageId = (typeof featurePages)[number];
/** The section list, in the order of the navigation. */
export const pages = [
  'dashboard',
  'prisoners',
  'facilities',
  'letters',
  'parcels',
  'evenings',
  ...featurePages,
  'print',
  'group',
  'settings',
] as const;
export type PageId = (typeof pages)[number];
