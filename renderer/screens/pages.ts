/** The section list, in the order of the navigation. */
export const pages = [
  'dashboard',
  'prisoners',
  'facilities',
  'letters',
  'parcels',
  'evenings',
  'money',
  'print',
  'group',
  'settings',
] as const;
export type PageId = (typeof pages)[number];
