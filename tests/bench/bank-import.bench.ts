// A month of a busy account: a camt.053 of 5,000 entries (names, IBANs, structured references, a batch with details
// every fiftieth entry) read, checked against a fresh vault account (duplicates, continuity) and committed in one
// transaction, through dispatch as the window calls it: bankImport:check then bankImport:run. Each repeat imports
// into an account of its own, so none is a re-import.
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import type { OutputOf } from '../../shared/contract';
import { camtXml, type CamtEntrySpec } from '../support/camt-builder';
import { testDialogs } from '../support/dialogs';

const ENTRIES = 5_000;
const REPEATS = 3;
const IBAN = 'CH2809000000123456780';
const DONOR_IBANS = [
  'CH3309000000004012345',
  'DE89370400440532013000',
  'BE71096123456769',
  'FR7630006000011234567890189',
];
const PASSPHRASE = 'orange tabouret velours 1987 marée';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

function monthOfEntries(): { xml: string; closing: string } {
  const entries: CamtEntrySpec[] = [];
  let balance = 0;
  for (let i = 0; i < ENTRIES; i += 1) {
    const cents = 500 + ((i * 7_919) % 20_000);
    const credit = i % 5 !== 0;
    balance += credit ? cents : -cents;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const amount = (cents / 100).toFixed(2);
    const batch = i % 50 === 0 && credit;
    const half = (Math.floor(cents / 2) / 100).toFixed(2);
    const rest = ((cents - Math.floor(cents / 2)) / 100).toFixed(2);
    entries.push({
      amount,
      side: credit ? 'CRDT' : 'DBIT',
      bookingDate: `2026-03-${day}`,
      valueDate: `2026-03-${day}`,
      acctSvcrRef: `BENCH-${String(i).padStart(6, '0')}`,
      transactions: batch
        ? [
            { amount: half, debtor: { name: `Donatrice ${i}` }, unstructured: ['Soutien'] },
            { amount: rest, debtor: { name: `Donateur ${i}` }, unstructured: ['Cotisation'] },
          ]
        : [
            {
              endToEndId: `E2E-${i}`,
              debtor: { name: `Personne ${i % 300}`, iban: DONOR_IBANS[i % DONOR_IBANS.length] ?? IBAN },
              unstructured: [`Don mensuel ${i % 12}`],
            },
          ],
    });
  }
  const statement = {
    id: 'BENCH-2026-03',
    iban: IBAN,
    currency: 'CHF',
    balances: [
      { code: 'OPBD' as const, amount: '0.00', date: '2026-02-28' },
      {
        code: 'CLBD' as const,
        amount: (Math.abs(balance) / 100).toFixed(2),
        side: balance < 0 ? ('DBIT' as const) : ('CRDT' as const),
        date: '2026-03-31',
      },
    ],
    entries,
  };
  return { xml: camtXml({ message: '053', version: '04', statements: [statement] }), closing: String(balance) };
}

export const bankImportMeasurement = {
  name: `a camt.053 of ${ENTRIES.toLocaleString('en')} entries read, checked and committed into a fresh account (median of ${REPEATS})`,
  async run(workDir: string) {
    const file = path.join(workDir, 'bank-5000.xml');
    fs.writeFileSync(file, monthOfEntries().xml);
    const app = createApp({
      dataDir: path.join(workDir, 'bank'),
      dialogs: testDialogs({ chooseImportFile: async () => file }),
    });
    await app.invoke('vault:create', { passphrase: PASSPHRASE });
    const times: number[] = [];
    try {
      for (let i = 0; i < REPEATS; i += 1) {
        const account = await app.invoke('accounts:create', {
          kind: 'bank',
          name: `Bench ${i}`,
          currency: 'CHF',
          iban: IBAN,
          openingMinor: 0,
          openingOn: '2026-01-01',
        });
        const started = performance.now();
        const checked = await dispatch(app, 'bankImport:check', { accountId: account.id });
        if (!checked.ok) throw new Error(`bankImport:check: ${checked.error.code}`);
        const check = checked.value as OutputOf<'bankImport:check'>;
        if (check.status !== 'checked' || check.refused || check.gap || check.new !== ENTRIES)
          throw new Error(`the check refused the bench statement: ${JSON.stringify(check).slice(0, 400)}`);
        const ran = await dispatch(app, 'bankImport:run', { token: check.token });
        times.push(performance.now() - started);
        if (!ran.ok) throw new Error(`bankImport:run: ${ran.error.code}`);
      }
    } finally {
      await app.context.vault.lock();
    }
    return [
      {
        key: 'bank_import_5000_ms',
        label: `camt.053 of ${ENTRIES.toLocaleString('en')} entries: check and import`,
        value: round(median(times)),
        unit: 'ms' as const,
      },
    ];
  },
};
