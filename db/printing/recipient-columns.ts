import { FACILITY_POSTAL_COLUMNS } from '../registry/facility-columns';

/** What a recipient is printed from: the person, their stay (`s`) and its facility (`f`), as every selection reads them. */
export const RECIPIENT_COLUMNS = [
  'p.id',
  'p.family_name',
  'p.given_names',
  'p.status',
  'p.do_not_write',
  's.prisoner_number',
  's.module',
  's.facility_id',
  'f.name as facility_name',
  ...FACILITY_POSTAL_COLUMNS,
  'f.rules',
] as const;
