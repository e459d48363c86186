import type { z } from 'zod';
import { deleteImpactOf } from '../deletion.schemas';

/**
 * What deleting a facility or a prisoner takes with it (a facility takes no letters or parcels: they keep their address
 * block). `ledgerEntries` and `funds` never go with it: ledger rows are never cascade-deleted, so any of them (entries
 * linked to the prisoner or to their parcels, funds for them) makes the deletion refuse with LEDGER_IN_USE.
 */
export const deleteImpact = deleteImpactOf([
  'stays',
  'prisoners',
  'tags',
  'letters',
  'parcels',
  'ledgerEntries',
  'funds',
]);
export type DeleteImpact = z.output<typeof deleteImpact>;
