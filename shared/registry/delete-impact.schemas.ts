import type { z } from 'zod';
import { deleteImpactOf } from '../deletion.schemas';

/** What deleting a facility or a prisoner takes with it. */
export const deleteImpact = deleteImpactOf(['stays', 'prisoners', 'tags']);
export type DeleteImpact = z.output<typeof deleteImpact>;
