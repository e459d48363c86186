import type { InputOf } from '../../../shared/contract';
import type { TestApp } from '../../support/test-app';
import { openRules } from '../letters/letters-data';
import { facility, muret, prisoner } from '../registry/registry-data';

export type RowIn = InputOf<'evenings:logLetters'>['rows'][number];

/** A prison with open rules and `names` held there, in that order; an evening on 3 December 2026. */
export async function eveningSetup(r: TestApp, names: string[]) {
  const prison = await facility(r, { ...muret, rules: openRules });
  const ids: number[] = [];
  for (const [i, familyName] of names.entries())
    ids.push(await prisoner(r, { familyName }, { facilityId: prison, prisonerNumber: String(1000 + i) }));
  const evening = await r.call('evenings:create', { heldOn: '2026-12-03', place: 'Local de la CNT' });
  return { prison, ids, evening };
}

/** A row of the grid that meets the open rules. */
export const row = (prisonerId: number, extra: Partial<RowIn> = {}): RowIn => ({
  prisonerId,
  pages: 2,
  language: 'fr',
  ...extra,
});
