import type { Statement } from '../../../shared/money/statement.types';
import type { CamtStatementSpec } from '../../support/camt-builder';

/*
 * One month of a support group's CHF account, written once and read back from every camt version. The IBANs and
 * references carry valid check digits (ISO 13616, ISO 11649, Swiss QR recursive mod 10).
 */

export const GROUP_IBAN = 'CH2809000000123456780';
const DONOR_IBAN = 'CH3309000000004012345';
const PRISON_IBAN = 'DE89370400440532013000';

export const MARCH: CamtStatementSpec = {
  id: 'STMT-2026-03',
  iban: GROUP_IBAN,
  currency: 'CHF',
  balances: [
    { code: 'OPBD', amount: '1000.00', date: '2026-02-28' },
    { code: 'CLAV', amount: '1186.00', date: '2026-03-31' },
    { code: 'CLBD', amount: '1186.00', date: '2026-03-31' },
  ],
  entries: [
    {
      amount: '50.00',
      side: 'CRDT',
      bookingDate: '2026-03-02',
      valueDate: '2026-03-02',
      acctSvcrRef: 'PF-20260302-0001',
      transactions: [
        {
          endToEndId: 'E2E-DON-0001',
          debtor: { name: 'Léa Müller & Fils', iban: DONOR_IBAN },
          unstructured: ['Soutien mars', 'pour le fonds juridique'],
          reference: { value: '21 00000 00003 13947 14300 09017', proprietary: 'QRR' },
        },
      ],
    },
    {
      amount: '31.50',
      side: 'DBIT',
      bookingDate: '2026-03-05',
      valueDate: '2026-03-05',
      acctSvcrRef: 'PF-20260305-0002',
      transactions: [
        {
          endToEndId: 'NOTPROVIDED',
          debtor: { name: 'Comité de soutien', iban: GROUP_IBAN },
          creditor: { name: 'Zahlstelle JVA', iban: PRISON_IBAN },
          reference: { value: 'RF18 5390 0754 7034', code: 'SCOR' },
        },
      ],
    },
    {
      amount: '120.00',
      side: 'CRDT',
      bookingDate: '2026-03-10',
      valueDate: '2026-03-10',
      acctSvcrRef: 'PF-20260310-0003',
      additionalInfo: 'Sammelgutschrift QR-Rechnung',
      batch: { count: 3, total: '120.00' },
    },
    {
      amount: '35.50',
      side: 'CRDT',
      bookingDate: '2026-03-12',
      valueDate: '2026-03-12',
      acctSvcrRef: 'PF-20260312-0004',
      additionalInfo: 'Gutschrift 2 Zahlungen',
      transactions: [
        { amount: '20.00', debtor: { name: 'Ana' }, reference: { value: 'RF88PARLOIR2026', code: 'SCOR' } },
        { amount: '15.50', debtor: { name: 'Bruno', iban: DONOR_IBAN }, unstructured: ['Cotisation'] },
      ],
    },
    {
      amount: '12.00',
      side: 'CRDT',
      bookingDateTime: '2026-03-15T23:30:00+01:00',
      valueDate: '2026-03-16',
      transactions: [{ debtor: { name: 'Chloé' }, unstructured: ['Timbres'] }],
    },
    { amount: '9.90', side: 'DBIT', status: 'PDNG', valueDate: '2026-03-31', additionalInfo: 'Frais' },
  ],
};

const none = { endToEndId: null, counterpartyName: null, counterpartyIban: null, reference: null };

/** What every version of MARCH reads as. */
export const MARCH_READ: Statement = {
  id: 'STMT-2026-03',
  accountIban: GROUP_IBAN,
  currency: 'CHF',
  opening: { minor: 100000, currency: 'CHF', side: 'credit', date: '2026-02-28' },
  closing: { minor: 118600, currency: 'CHF', side: 'credit', date: '2026-03-31' },
  entries: [
    {
      bankReference: 'PF-20260302-0001',
      endToEndId: 'E2E-DON-0001',
      bookingDate: '2026-03-02',
      valueDate: '2026-03-02',
      amount: { minor: 5000, currency: 'CHF', side: 'credit' },
      booked: true,
      counterpartyName: 'Léa Müller & Fils',
      counterpartyIban: DONOR_IBAN,
      text: 'Soutien mars pour le fonds juridique',
      reference: { kind: 'qrr', value: '210000000003139471430009017' },
      details: [],
    },
    {
      bankReference: 'PF-20260305-0002',
      endToEndId: null,
      bookingDate: '2026-03-05',
      valueDate: '2026-03-05',
      amount: { minor: 3150, currency: 'CHF', side: 'debit' },
      booked: true,
      counterpartyName: 'Zahlstelle JVA',
      counterpartyIban: PRISON_IBAN,
      text: null,
      reference: { kind: 'rf', value: 'RF18539007547034' },
      details: [],
    },
    {
      ...none,
      bankReference: 'PF-20260310-0003',
      bookingDate: '2026-03-10',
      valueDate: '2026-03-10',
      amount: { minor: 12000, currency: 'CHF', side: 'credit' },
      booked: true,
      text: 'Sammelgutschrift QR-Rechnung',
      details: [],
    },
    {
      ...none,
      bankReference: 'PF-20260312-0004',
      bookingDate: '2026-03-12',
      valueDate: '2026-03-12',
      amount: { minor: 3550, currency: 'CHF', side: 'credit' },
      booked: true,
      text: 'Gutschrift 2 Zahlungen',
      details: [
        {
          ...none,
          amount: { minor: 2000, currency: 'CHF', side: 'credit' },
          counterpartyName: 'Ana',
          text: null,
          reference: { kind: 'rf', value: 'RF88PARLOIR2026' },
        },
        {
          ...none,
          amount: { minor: 1550, currency: 'CHF', side: 'credit' },
          counterpartyName: 'Bruno',
          counterpartyIban: DONOR_IBAN,
          text: 'Cotisation',
        },
      ],
    },
    {
      ...none,
      bankReference: null,
      bookingDate: '2026-03-15',
      valueDate: '2026-03-16',
      amount: { minor: 1200, currency: 'CHF', side: 'credit' },
      booked: true,
      counterpartyName: 'Chloé',
      text: 'Timbres',
      details: [],
    },
    {
      ...none,
      bankReference: null,
      bookingDate: '2026-03-31',
      valueDate: '2026-03-31',
      amount: { minor: 990, currency: 'CHF', side: 'debit' },
      booked: false,
      text: 'Frais',
      details: [],
    },
  ],
};
