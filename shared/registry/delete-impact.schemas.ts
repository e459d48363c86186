import type { z } from 'zod';
import { deleteImpactOf } from '../deletion.schemas';

/** What deleting a facility or a prisoner takes with it (a facility takes no letters or parcels: they keep their address block). */
export const deleteImpact = deleteImpactOf(['stays', 'prisoners', 'tags', 'letters', 'parcels']);
export type DeleteImpact = z.output<typeof deleteImpact>;
