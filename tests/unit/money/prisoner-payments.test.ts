import { composeIBAN } from 'ibantools';
import { describe, expect, test } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { facility, muret, prisoner } from '../registry/registry-data';
import { ledgerVault, type Ledger } from './ledger-data';

// A French "régie des comptes nominatifs" account composed from a made-up bank, branch and account number.
const regieIban = composeIBAN({ countryCode: 'FR', bban: '20041010050500013M02606' }) ?? '';
const HOLDER = 'Régie des comptes nominatifs CP Toulouse-Seysses';

type Money = NonNullable<InputOf<'facilities:create'>['rules']>['money'];
const bankRule = (extra: Partial<Extract<Money, { method: 'bank_transfer' }>> = {}): Money => ({
  method: 'bank_transfer',
  iban: regieIban,
  accountHolder: HOLDER,
  referencePattern: '{number} {FAMILY} {Given}',
  referenceMaxLength: 31,
  ...extra,
});

async function frenchPrisoner(
  l: Ledger,
  money: Money,
  names = { familyName: 'Delacroix-Bertrand', givenNames: 'Jean' },
) {
  const facilityId = await facility(l.r, { ...muret, rules: { money } });
  return prisoner(l.r, names, { facilityId, prisonerNumber: '1234567' });
}

describe('preparing a payment to a prisoner', () => {
  test('France: the reference is composed to exactly 31 characters, with the IBAN, the holder and a QR code', async () => {
    const l = await ledgerVault();
    const id = await frenchPrisoner(l, bankRule());
    const ready = await l.r.call('prisonerPayments:prepare', { prisonerId: id, amountMinor: 5_000 });
    expect(ready).toMatchObject({
      prisonerName: 'Delacroix-Bertrand Jean',
      facility: { name: muret.name },
      rule: 'bank_transfer',
      iban: regieIban,
      holder: HOLDER,
      currency: 'EUR',
      reference: '1234567 DELACROIX-BERTRAND Jean',
      referenceProblem: null,
      qrProblems: [],
    });
    expect(ready.reference).toHaveLength(31);
    // The payload a banking app scans: EPC069-12 version 002, the holder, the IBAN, the amount, the reference as text.
    expect(ready.epcPayload?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      HOLDER,
      regieIban,
      'EUR50',
      '',
      '',
      '1234567 DELACROIX-BERTRAND Jean',
    ]);
    const rows = ready.qrRows ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect(rows.every((row) => row.length === rows.length && /^[01]+$/.test(row))).toBe(true);
    // Only the EUR accounts a transfer can leave from (not the cash box, not the CHF account); the general fund.
    expect(ready.accounts.map((a) => a.id)).toEqual([l.accounts.bank]);
    expect(ready.suggestedFundId).toBe(l.funds.general);
  });

  test('a reference one character too long is refused with its length, never cut, and no QR code is made', async () => {
    const l = await ledgerVault();
    const id = await frenchPrisoner(l, bankRule(), { familyName: 'Delacroix-Bertrand', givenNames: 'Jeanne' });
    const refused = await l.r.call('prisonerPayments:prepare', { prisonerId: id, amountMinor: 5_000 });
    expect(refused).toMatchObject({
      reference: null,
      referenceProblem: { code: 'too_long', length: 33, max: 31 },
      epcPayload: null,
      qrRows: null,
      iban: regieIban,
    });
  });

  test('no stay, a facility that gives no bank account, or one without a pattern: each is said', async () => {
    const l = await ledgerVault();
    const nowhere = await prisoner(l.r, { familyName: 'Sans' });
    expect(await l.r.call('prisonerPayments:prepare', { prisonerId: nowhere })).toMatchObject({
      rule: 'no_stay',
      facility: null,
    });
    const silent = await frenchPrisoner(l, { method: 'unknown' });
    expect(await l.r.call('prisonerPayments:prepare', { prisonerId: silent })).toMatchObject({
      rule: 'unknown',
      iban: null,
    });
    const noPattern = await frenchPrisoner(l, bankRule({ referencePattern: null }));
    expect(await l.r.call('prisonerPayments:prepare', { prisonerId: noPattern })).toMatchObject({
      rule: 'bank_transfer',
      referenceProblem: { code: 'no_pattern' },
      qrRows: null,
    });
    const swiss = await frenchPrisoner(l, bankRule({ currency: 'CHF' }));
    expect(await l.r.call('prisonerPayments:prepare', { prisonerId: swiss })).toMatchObject({
      reference: '1234567 DELACROIX-BERTRAND Jean',
      qrProblems: [{ code: 'currency_not_eur' }],
      // The ledger's only CHF account is a cash box: a transfer cannot leave from it.
      accounts: [],
    });
  });
});

describe('recording it and the facility’s limits', () => {
  const limits = [
    {
      period: 'month' as const,
      amountMinor: 20_000,
      currency: 'EUR',
      note: 'Au-delà de 200 € par mois, une part est prélevée',
    },
    { period: 'week' as const, amountMinor: 12_000, currency: 'EUR', note: null },
  ];

  test('record: an expense "ordered", negative, payment to a prisoner, linked to them, with who recorded it', async () => {
    const l = await ledgerVault();
    const id = await frenchPrisoner(l, bankRule());
    const { transactionId } = await l.r.call('prisonerPayments:record', {
      prisonerId: id,
      accountId: l.accounts.bank,
      fundId: l.funds.legal,
      amountMinor: 7_500,
      bookedOn: '2026-11-30',
      reference: '1234567 DELACROIX-BERTRAND Jean',
      byMemberId: l.memberId,
    });
    const row = await l.db.selectFrom('transactions').selectAll().where('id', '=', transactionId).executeTakeFirst();
    expect(row).toMatchObject({
      account_id: l.accounts.bank,
      booked_on: '2026-11-30',
      amount_minor: -7_500,
      currency: 'EUR',
      status: 'ordered',
      prisoner_id: id,
      text: '1234567 DELACROIX-BERTRAND Jean',
      counterparty: HOLDER,
      created_by_member_id: l.memberId,
    });
    const splits = await l.db.selectFrom('splits').selectAll().where('transaction_id', '=', transactionId).execute();
    expect(splits).toEqual([
      expect.objectContaining({
        category_id: l.categories['payment_to_prisoner'],
        fund_id: l.funds.legal,
        amount_minor: -7_500,
      }),
    ]);
  });

  test('limits count the payments of the same calendar month and week, not those across the boundary', async () => {
    const l = await ledgerVault();
    const id = await frenchPrisoner(l, bankRule({ limits }));
    const record = (bookedOn: string, amountMinor: number) =>
      l.r.call('prisonerPayments:record', {
        prisonerId: id,
        accountId: l.accounts.bank,
        fundId: l.funds.general,
        amountMinor,
        bookedOn,
        reference: 'ref',
      });
    // Friday 30 January 2026; the week runs Monday 26 January to Sunday 1 February.
    await record('2026-01-30', 15_000);
    const prepare = (bookedOn: string) =>
      l.r.call('prisonerPayments:prepare', { prisonerId: id, amountMinor: 10_000, bookedOn });

    const sameMonth = await prepare('2026-01-31');
    expect(sameMonth.limits).toEqual([
      {
        period: 'month',
        fromOn: '2026-01-01',
        toOn: '2026-01-31',
        limitMinor: 20_000,
        currency: 'EUR',
        note: limits[0]?.note,
        alreadyMinor: 15_000,
        totalMinor: 25_000,
        exceeded: true,
      },
      expect.objectContaining({ period: 'week', fromOn: '2026-01-26', toOn: '2026-02-01', exceeded: true }),
    ]);
    // Sunday 1 February: a new month (nothing sent yet), the same week (150 already).
    const nextMonth = await prepare('2026-02-01');
    expect(nextMonth.limits.map((c) => [c.period, c.fromOn, c.alreadyMinor, c.exceeded])).toEqual([
      ['month', '2026-02-01', 0, false],
      ['week', '2026-01-26', 15_000, true],
    ]);
    // Monday 2 February: a new week too.
    const nextWeek = await prepare('2026-02-02');
    expect(nextWeek.limits.map((c) => [c.period, c.alreadyMinor, c.exceeded])).toEqual([
      ['month', 0, false],
      ['week', 0, false],
    ]);
  });

  test('a facility limit kept in the rule survives its saving and reading back', async () => {
    const l = await ledgerVault();
    const facilityId = await facility(l.r, { ...muret, rules: { money: bankRule({ limits }) } });
    const saved = await l.r.call('facilities:get', { id: facilityId });
    expect(saved.facility.rules.money).toMatchObject({ method: 'bank_transfer', currency: 'EUR', limits });
    const twice = await l.r.fail('facilities:create', {
      ...muret,
      name: 'Twice',
      rules: { money: bankRule({ limits: [limits[1]!, limits[1]!] }) },
    });
    expect(twice.code).toBe('VALIDATION');
  });
});
