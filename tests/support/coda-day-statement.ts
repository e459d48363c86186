import {
  header,
  information,
  movement,
  movementCounterparty,
  movementReferences,
  newBalance,
  oldBalance,
  trailer,
} from './coda-builder';

export const ACCOUNT = { iban: 'BE68539007547034', currency: 'EUR' };
export const STAMPS = 'Timbres pour les lettres de mars, carnets de 10 et envois recommandés';

/**
 * One day's statement of a support group's account: a donation with a Belgian structured communication, a debit with
 * a free communication running over records 2.1 and 2.2, and a globalised credit of 60.00 whose three details are
 * 10.00, 20.00 and 30.00. 1234.56 + 25.00 − 12.50 + 60.00 = 1307.06. The trailer counts records 1, 2.x, 3.x and 8:
 * 1 + 3 + 3 + 1 + 3 × 2 + 1 + 1 = 16, and totals the movements only: debit 12.500, credit 85.000.
 */
export function dayStatement(): string[] {
  return [
    header('020326'),
    oldBalance({
      ...ACCOUNT,
      side: 'credit',
      thousandths: 1_234_560,
      date: '010326',
      paperSequence: 12,
      codaSequence: 45,
    }),
    movement({
      sequence: 1,
      bankReference: 'EBA0000000001',
      side: 'credit',
      thousandths: 25_000,
      valueDate: '020326',
      entryDate: '020326',
      communication: { structured: '101090933755493' },
    }),
    movementReferences({ sequence: 1, endToEndId: 'NOTPROVIDED', bic: 'GEBABEBB' }),
    movementCounterparty({ sequence: 1, account: 'BE71096123456769', currency: 'EUR', name: 'Élodie Dupré' }),
    movement({
      sequence: 2,
      bankReference: 'EBA0000000002',
      side: 'debit',
      thousandths: 12_500,
      valueDate: '000000',
      entryDate: '020326',
      communication: { free: STAMPS.slice(0, 53) },
    }),
    movementReferences({ sequence: 2, communication: STAMPS.slice(53), endToEndId: 'PARLOIR-2026-03-17' }),
    movementCounterparty({ sequence: 2, account: 'FR1420041010050500013M02606', name: 'LA POSTE' }),
    movement({
      sequence: 3,
      bankReference: 'EBA0000000003',
      side: 'credit',
      thousandths: 60_000,
      valueDate: '020326',
      entryDate: '020326',
      communication: { free: 'VIREMENTS GLOBALISES' },
      globalisation: 1,
    }),
    ...[
      { detail: 1, thousandths: 10_000, communication: { structured: '101010806817183' }, name: 'Jan Peeters' },
      { detail: 2, thousandths: 20_000, communication: { free: 'Don RF18 5390 0754 7034' }, name: 'Anna Müller' },
      { detail: 3, thousandths: 30_000, communication: { free: 'soutien' }, name: 'Noël Collectif' },
    ].flatMap(({ detail, thousandths, communication, name }) => [
      movement({
        sequence: 3,
        detail,
        side: 'credit',
        thousandths,
        valueDate: '020326',
        entryDate: '020326',
        communication,
      }),
      movementCounterparty({ sequence: 3, detail, name }),
    ]),
    information({ sequence: 3, detail: 3, text: 'pour la caisse des visites' }),
    newBalance({ ...ACCOUNT, side: 'credit', thousandths: 1_307_060, date: '020326', paperSequence: 12 }),
    trailer({ records: 16, debitThousandths: 12_500, creditThousandths: 85_000 }),
  ];
}

export const TRAILER_LINE = dayStatement().length;

/** The lines with line number `at` (1-based) replaced. */
export function withLine(lines: string[], at: number, replacement: string): string[] {
  return lines.map((line, i) => (i === at - 1 ? replacement : line));
}
