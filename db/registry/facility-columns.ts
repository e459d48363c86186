/** A facility's postal address as a query reads it (the facility joined as `f`): what shared/address composes from. */
export const FACILITY_POSTAL_COLUMNS = [
  'f.country',
  'f.street',
  'f.extra',
  'f.po_box',
  'f.po_box_postcode',
  'f.postcode',
  'f.city',
  'f.region',
] as const;
