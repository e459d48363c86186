import { describe, expect, it } from 'vitest';
import { linkNotification } from '../../../electron/services/money/camt-link';
import { readCamt } from '../../../electron/services/money/camt.read';
import type { StatementFile } from '../../../shared/money/statement.types';
import type { CamtEntrySpec, CamtFileSpec, CamtTransactionSpec } from '../../support/camt-builder';
import { camtXml } from '../../support/camt-builder';
import { GROUP_IBAN, MARCH } from './camt-sample';

const read = (spec: CamtFileSpec): StatementFile => readCamt(new TextEncoder().encode(camtXml(spec)));
const statement053 = read({ message: '053', version: '08', statements: [MARCH] });

/** The three QR-bill payments PostFinance booked on 10 March as one 120.00 total (MARCH's third entry). */
const QR_PAYMENTS: CamtTransactionSpec[] = [
  {
    amount: '40.00',
    debtor: { name: 'Dora' },
    reference: { value: '000000000000202603150000011', proprietary: 'QRR' },
  },
  {
    amount: '50.00',
    debtor: { name: 'Emil' },
    reference: { value: '000000000000202600000000124', proprietary: 'QRR' },
  },
  {
    amount: '30.00',
    debtor: { name: 'Fatou' },
    reference: { value: '000000000000202600000000132', proprietary: 'QRR' },
  },
];

const total = (more: Partial<CamtEntrySpec> = {}): CamtEntrySpec => ({
  amount: '120.00',
  side: 'CRDT',
  bookingDate: '2026-03-10',
  acctSvcrRef: 'PF-20260310-0003',
  batch: { count: 3, total: '120.00' },
  transactions: QR_PAYMENTS,
  ...more,
});

function notification(entries: CamtEntrySpec[], more: Partial<CamtFileSpec> = {}): StatementFile {
  const statement = { id: 'NTF-2026-03-10', iban: GROUP_IBAN, currency: 'CHF', entries };
  return read({ message: '054', version: '08', statements: [statement], ...more });
}

describe('linkNotification', () => {
  it('links the camt.054 details to the camt.053 batched total by the bank reference, once', () => {
    const file054 = notification([total()]);
    expect(file054.problems).toEqual([]);
    const details = file054.statements[0]?.entries[0]?.details ?? [];
    expect(details.map((detail) => [detail.counterpartyName, detail.amount?.minor, detail.reference?.kind])).toEqual([
      ['Dora', 4000, 'qrr'],
      ['Emil', 5000, 'qrr'],
      ['Fatou', 3000, 'qrr'],
    ]);
    expect(linkNotification(statement053, file054)).toEqual([
      { notification: { statement: 0, entry: 0 }, statementEntry: { statement: 0, entry: 2 }, problem: null },
    ]);
  });

  it('links by amount, booking date and account when the notification has no bank reference', () => {
    const file054 = notification([total({ acctSvcrRef: undefined })], { version: '02' });
    expect(linkNotification(statement053, file054)[0]?.statementEntry).toEqual({ statement: 0, entry: 2 });
    // A bank reference the statement does not know (the notification's own numbering) is no obstacle either.
    const ownReference = notification([total({ acctSvcrRef: 'NTF-77-1' })]);
    expect(linkNotification(statement053, ownReference)[0]?.statementEntry).toEqual({ statement: 0, entry: 2 });
    const otherDay = notification([total({ acctSvcrRef: undefined, bookingDate: '2026-03-11' })]);
    expect(linkNotification(statement053, otherDay)[0]?.problem?.code).toBe('link_not_found');
    const otherAccount = read({
      message: '054',
      version: '04',
      statements: [
        { id: 'N', iban: 'CH0430000001234567890', currency: 'CHF', entries: [total({ acctSvcrRef: undefined })] },
      ],
    });
    expect(linkNotification(statement053, otherAccount)[0]?.problem?.code).toBe('link_not_found');
  });

  it('refuses a second notification of the same total: its money is counted once', () => {
    const links = linkNotification(statement053, notification([total(), total()]));
    expect(links.map((link) => [link.statementEntry, link.problem?.code ?? null])).toEqual([
      [{ statement: 0, entry: 2 }, null],
      [null, 'link_already_linked'],
    ]);
  });

  it('links two equal totals of one day to two different entries', () => {
    const twice = { ...MARCH, entries: [MARCH.entries[2]!, { ...MARCH.entries[2]!, acctSvcrRef: 'PF-20260310-0009' }] };
    const file053 = read({ message: '053', version: '04', statements: [twice] });
    const file054 = notification([total({ acctSvcrRef: undefined }), total({ acctSvcrRef: undefined })]);
    expect(linkNotification(file053, file054).map((link) => link.statementEntry)).toEqual([
      { statement: 0, entry: 0 },
      { statement: 0, entry: 1 },
    ]);
  });

  it('refuses details that do not add up, a reference whose amount differs, and files given the wrong way round', () => {
    const short = notification([total({ transactions: QR_PAYMENTS.slice(0, 2) })]);
    expect(linkNotification(statement053, short)[0]).toEqual({
      notification: { statement: 0, entry: 0 },
      statementEntry: null,
      problem: { code: 'details_do_not_add_up', at: 1, detail: 'PF-20260310-0003, credit 12000 CHF on 2026-03-10' },
    });
    const differs = notification([total({ amount: '80.00', transactions: QR_PAYMENTS.slice(1) })]);
    expect(linkNotification(statement053, differs)[0]?.problem?.code).toBe('link_amount_differs');
    const file054 = notification([total()]);
    expect(linkNotification(file054, statement053).map((link) => link.problem?.code)).toEqual(
      MARCH.entries.map(() => 'link_wrong_format'),
    );
  });
});
