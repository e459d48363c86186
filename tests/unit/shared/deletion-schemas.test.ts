import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { archiveInput, deleteImpactOf, deleteInput } from '../../../shared/deletion.schemas';
import { deleteImpact } from '../../../shared/registry/delete-impact.schemas';

describe('delete and archive shapes, the same for every domain', () => {
  it('deleting asks for confirmation unless told; archiving takes a yes or no', () => {
    expect(deleteInput.parse({ id: 3 })).toEqual({ id: 3, confirmed: false });
    expect(deleteInput.safeParse({ id: 3, confirmed: true, force: true }).success).toBe(false);
    expect(archiveInput.safeParse({ id: 3 }).success).toBe(false);
    expect(archiveInput.parse({ id: 3, archived: true })).toEqual({ id: 3, archived: true });
  });

  it('what goes with a deletion is a count per kind of row, exactly the kinds the domain names', () => {
    const letters = deleteImpactOf(['letters', 'parcels']);
    expect(letters.parse({ letters: 2, parcels: 0 })).toEqual({ letters: 2, parcels: 0 });
    expect(letters.safeParse({ letters: 2 }).success).toBe(false);
    expect(letters.safeParse({ letters: 2, parcels: 0, stays: 1 }).success).toBe(false);
    expect(letters.safeParse({ letters: -1, parcels: 0 }).success).toBe(false);
    expect(letters.safeParse({ letters: 1.5, parcels: 0 }).success).toBe(false);
  });

  it('the registry’s impact keeps its wire shape: stays, prisoners, tags, letters, parcels, ledger entries and funds, whole and not negative', () => {
    expect(z.toJSONSchema(deleteImpact)).toEqual(
      z.toJSONSchema(
        z.strictObject({
          stays: z.number().int().nonnegative(),
          prisoners: z.number().int().nonnegative(),
          tags: z.number().int().nonnegative(),
          letters: z.number().int().nonnegative(),
          parcels: z.number().int().nonnegative(),
          ledgerEntries: z.number().int().nonnegative(),
          funds: z.number().int().nonnegative(),
        }),
      ),
    );
  });
});
