import { describe, expect, it } from 'vitest';
import { newAccountValues, readAccount } from '../../../renderer/screens/money/account-form-values';
import { lockChange } from '../../../renderer/screens/money/lock-change';
import { groupIban, readPositiveAmount, sumByCurrency } from '../../../renderer/screens/money/money-text';
import { readStandingOrder, newStandingOrderValues } from '../../../renderer/screens/money/standing-order-values';
import {
  newTransactionValues,
  readTransaction,
  splitRemainder,
  type TransactionFormValues,
} from '../../../renderer/screens/money/transaction-form-values';
import { readTransfer } from '../../../renderer/screens/money/transfer-values';

/** An IBAN with its ISO 13616 check digits worked out here (mod 97 of the BBAN, the country and 00). */
function ibanOf(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/gu, (c) => String(c.charCodeAt(0) - 55));
  return `${country}${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
}

const GERMAN = ibanOf('DE', '500105171234567890');

describe('the account dialog', () => {
  const base = { ...newAccountValues('2026-01-01'), name: 'Compte courant' };

  it('takes an IBAN as people copy it (spaces, lower case) and stores it in the electronic format', () => {
    const typed = groupIban(GERMAN).toLowerCase();
    const reading = readAccount({ ...base, iban: typed, bic: 'abcd de ff' }, 'fr');
    expect(reading).toMatchObject({ ok: true, value: { iban: GERMAN, bic: 'ABCDDEFF', currency: 'EUR' } });
  });

  it('refuses an IBAN with one digit mistyped, a malformed BIC and an unknown currency, each on its field', () => {
    const typo = `${GERMAN.slice(0, -1)}${GERMAN.endsWith('0') ? '1' : '0'}`;
    const reading = readAccount({ ...base, iban: typo, bic: 'AB1', currency: 'EUX' }, 'en');
    expect(reading).toEqual({
      ok: false,
      errors: {
        iban: 'accountForm.ibanInvalid',
        bic: 'accountForm.bicInvalid',
        currency: 'accountForm.currencyInvalid',
      },
    });
  });

  it('keeps no IBAN for a cash box, and reads a negative opening balance in the user’s language', () => {
    const reading = readAccount({ ...base, kind: 'cash', iban: GERMAN, openingText: '-1 234,5' }, 'fr');
    expect(reading).toMatchObject({ ok: true, value: { iban: null, bic: null, openingMinor: -123450 } });
    expect(readAccount({ ...base, openingText: '1,234.50' }, 'en')).toMatchObject({ value: { openingMinor: 123450 } });
    expect(readAccount({ ...base, openingText: '12,345' }, 'fr')).toMatchObject({
      ok: false,
      errors: { openingText: 'amount.invalid' },
    });
  });

  it('asks for a name', () => {
    expect(readAccount({ ...base, name: '  ' }, 'fr')).toEqual({
      ok: false,
      errors: { name: 'accountForm.nameRequired' },
    });
  });
});

describe('the transaction form and its splits', () => {
  const donation: TransactionFormValues = {
    ...newTransactionValues('2026-03-14', 4, 7),
    amountText: '150,00',
    splits: [{ categoryId: '1', fundId: '7', amountText: '' }],
  };

  it('gives a single split the whole amount, signed by the direction', () => {
    expect(readTransaction(donation, 'fr', 'EUR')).toMatchObject({
      ok: true,
      value: { accountId: 4, amountMinor: 15000, splits: [{ categoryId: 1, fundId: 7, amountMinor: 15000 }] },
    });
    expect(readTransaction({ ...donation, direction: 'out', standingOrderId: 3 }, 'fr', 'EUR')).toMatchObject({
      value: { amountMinor: -15000, standingOrderId: null, splits: [{ amountMinor: -15000 }] },
    });
    expect(readTransaction({ ...donation, standingOrderId: 3 }, 'fr', 'EUR')).toMatchObject({
      value: { standingOrderId: 3 },
    });
    expect(splitRemainder(donation, 'fr', 'EUR')).toBe(0);
  });

  it('says what is left to split and refuses to save until the lines add up exactly', () => {
    const two = {
      ...donation,
      splits: [
        { categoryId: '1', fundId: '7', amountText: '100' },
        { categoryId: '1', fundId: '8', amountText: '49,99' },
      ],
    };
    expect(splitRemainder(two, 'fr', 'EUR')).toBe(1);
    expect(readTransaction(two, 'fr', 'EUR')).toEqual({
      ok: false,
      errors: { 'splits.root': 'transaction.unbalanced' },
    });
    const over = { ...two, splits: [two.splits[0]!, { ...two.splits[1]!, amountText: '50,01' }] };
    expect(splitRemainder(over, 'fr', 'EUR')).toBe(-1);
    const exact = { ...two, splits: [two.splits[0]!, { ...two.splits[1]!, amountText: '50' }] };
    expect(readTransaction(exact, 'fr', 'EUR')).toMatchObject({
      ok: true,
      value: { splits: [{ amountMinor: 10000 }, { fundId: 8, amountMinor: 5000 }] },
    });
  });

  it('takes a line the other way (a donation less the bank’s fee) and keeps an anonymous donor anonymous', () => {
    const withFee = {
      ...donation,
      amountText: '98',
      splits: [
        { categoryId: '1', fundId: '7', amountText: '100' },
        { categoryId: '9', fundId: '7', amountText: '-2' },
      ],
    };
    expect(readTransaction(withFee, 'fr', 'EUR')).toMatchObject({
      ok: true,
      value: { counterparty: null, amountMinor: 9800, splits: [{ amountMinor: 10000 }, { amountMinor: -200 }] },
    });
  });

  it('names each missing choice and each amount that is not one, on its own line', () => {
    const reading = readTransaction(
      {
        ...donation,
        amountText: '12.5',
        splits: [
          { categoryId: '', fundId: '7', amountText: '' },
          { categoryId: '1', fundId: '', amountText: 'douze' },
        ],
      },
      'fr',
      'EUR',
    );
    expect(reading).toEqual({
      ok: false,
      errors: {
        amountText: 'amount.invalid',
        'splits.0.categoryId': 'transaction.chooseCategory',
        'splits.0.amountText': 'amount.invalid',
        'splits.1.fundId': 'transaction.chooseFund',
        'splits.1.amountText': 'amount.invalid',
      },
    });
  });

  it('reads amounts with the currency’s own digits: none for yen, so a decimal is refused', () => {
    expect(readTransaction({ ...donation, amountText: '1500' }, 'en', 'JPY')).toMatchObject({
      value: { amountMinor: 1500 },
    });
    expect(readTransaction({ ...donation, amountText: '15.5' }, 'en', 'JPY')).toMatchObject({ ok: false });
  });
});

describe('the transfer dialog', () => {
  const currencies: Record<string, string> = { '1': 'EUR', '2': 'EUR', '3': 'CHF' };
  const currencyOf = (id: string) => currencies[id] ?? 'EUR';
  const base = {
    fromAccountId: '1',
    toAccountId: '2',
    bookedOn: '2026-05-02',
    outText: '200',
    inText: '',
    fundId: '5',
    text: '',
  };

  it('moves the same amount between two accounts of one currency', () => {
    expect(readTransfer(base, 'fr', currencyOf)).toMatchObject({
      ok: true,
      value: { outMinor: 20000, inMinor: 20000 },
    });
  });

  it('asks for both amounts of an exchange, each in its account’s currency, and converts nothing', () => {
    expect(readTransfer({ ...base, toAccountId: '3' }, 'fr', currencyOf)).toEqual({
      ok: false,
      errors: { inText: 'amount.required' },
    });
    expect(readTransfer({ ...base, toAccountId: '3', inText: '191,40' }, 'fr', currencyOf)).toMatchObject({
      ok: true,
      value: { outMinor: 20000, inMinor: 19140 },
    });
  });

  it('refuses a transfer to the same account', () => {
    expect(readTransfer({ ...base, toAccountId: '1' }, 'fr', currencyOf)).toMatchObject({
      ok: false,
      errors: { toAccountId: 'transfer.sameAccount' },
    });
  });
});

describe('the standing order dialog', () => {
  it('takes its currency from its account, has no donor when anonymous, and refuses an end before its start', () => {
    const values = { ...newStandingOrderValues('2026-01-01', '3', '5'), amountText: '25' };
    expect(readStandingOrder(values, 'en', () => 'CHF')).toMatchObject({
      ok: true,
      value: { donorId: null, accountId: 3, currency: 'CHF', amountMinor: 2500, untilOn: null },
    });
    expect(readStandingOrder({ ...values, untilOn: '2025-12-31' }, 'en', () => 'CHF')).toEqual({
      ok: false,
      errors: { untilOn: 'orders.endBeforeStart' },
    });
  });
});

describe('amounts and dates of the screens', () => {
  it('groups an IBAN by four, sums only within a currency, and refuses an amount of nothing', () => {
    expect(groupIban('ch9300762011623852957')).toBe('CH93 0076 2011 6238 5295 7');
    expect(
      sumByCurrency(
        [
          { c: 'EUR', m: 100 },
          { c: 'CHF', m: 5 },
          { c: 'EUR', m: -30 },
        ],
        (r) => r.c,
        (r) => r.m,
      ),
    ).toEqual([
      { currency: 'EUR', minor: 70 },
      { currency: 'CHF', minor: 5 },
    ]);
    expect(readPositiveAmount('0', 'fr', 'EUR')).toEqual({ error: 'amount.invalid' });
    expect(readPositiveAmount('', 'fr', 'EUR')).toEqual({ error: 'amount.required' });
  });

  it('asks to confirm a closing further on, and a reason to move it back or clear it', () => {
    expect(lockChange(null, '2025-12-31')).toBe('close');
    expect(lockChange('2025-12-31', '2026-06-30')).toBe('close');
    expect(lockChange('2025-12-31', '2025-06-30')).toBe('reopen');
    expect(lockChange('2025-12-31', null)).toBe('reopen');
    expect(lockChange('2025-12-31', '2025-12-31')).toBe('none');
  });
});
