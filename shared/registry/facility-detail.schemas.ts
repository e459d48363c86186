import { z } from 'zod';
import { facility } from './facilities.schemas';
import { prisonerRow } from './prisoners.schemas';

export const facilityDetail = z.strictObject({ facility, currentPrisoners: z.array(prisonerRow) });
export type FacilityDetail = z.output<typeof facilityDetail>;
