import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountInput } from '../../../shared/money/ledger.schemas';
import { createAccount } from '../../../db/money/accounts.queries';
import type { CamtEntrySpec } from '../../support/camt-builder';
import { GROUP_IBAN, MARCH } from './camt-sample';
import { bankVault, checkFile, linesOf, march053 } from './bank-data';
import { NOW } from './ledger-data';

const entry: fc.Arbitrary<CamtEntrySpec> = fc.record({
  amount: fc.integer({ min: 1, max: 99_999 }).map((cents) => (cents / 100).toFixed(2)),
  side: fc.constantFrom('CRDT' as const, 'DBIT' as const),
  bookingDate: fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`),
  acctSvcrRef: fc.option(fc.constantFrom('R-1', 'R-2', 'R-3', 'R-4'), { nil: undefined }),
  additionalInfo: fc.constantFrom('Don', 'Timbres', 'Soutien'),
});

describe('importing a statement twice is importing it once', () => {
  it('for any statement: the second import (another version of the file) adds no line', async () => {
    const v = await bankVault();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 12 }), async (entries) => {
        n += 1;
        const accountId = await createAccount(
          v.db,
          accountInput.parse({
            kind: 'bank',
            name: `P${n}`,
            currency: 'CHF',
            iban: GROUP_IBAN,
            openingOn: '2026-01-01',
          }),
          NOW,
        );
        const spec = { ...MARCH, balances: [], entries };
        const first = await checkFile(v, accountId, march053('04', spec), `a${n}.xml`);
        // Two entries with one bank reference in one file: a refusal by the database is what must never happen.
        if (first.refused) return;
        await v.r.call('bankImport:run', { token: first.token });
        const once = await linesOf(v.db, accountId);
        const second = await checkFile(v, accountId, march053('08', spec), `b${n}.xml`);
        expect(second.new).toBe(0);
        await v.r.call('bankImport:run', { token: second.token });
        expect(await linesOf(v.db, accountId)).toEqual(once);
      }),
      { numRuns: 15, seed: 20261202 },
    );
  }, 240_000);
});
