import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { createAccount } from '../../../db/money/accounts.queries';
import { createFund } from '../../../db/money/funds.queries';
import { createStandingOrder } from '../../../db/money/standing-orders.queries';
import { accountInput, standingOrderInput } from '../../../shared/money/ledger.schemas';
import {
  createBelgianReference,
  createCreditorReference,
  createQrReference,
  formatBelgianReference,
  formatQrReference,
} from '../../../shared/money/payment-references';
import { pdfScratch, readInfo, readText, renderPng } from '../printing/pdf-readback';
import { ledgerVault, NOW, type Ledger } from './ledger-data';

// Made-up accounts composed with ibantools: a Swiss QR-IBAN (bank id 31000, in the QR range) and a plain Swiss IBAN.
const QR_IBAN = 'CH5031000001234567890';
const CH_IBAN = 'CH5000700112233445566';

const scratch = pdfScratch();
afterAll(() => scratch.remove());
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

async function withGroup(l: Ledger, country = 'CH') {
  await l.r.call('settings:set', {
    groupName: 'Comité de soutien Parloir',
    groupSender: {
      name: 'Comité de soutien Parloir',
      address: { country, street: 'Rue des Lilas 12', postcode: '1003', city: 'Lausanne' },
    },
  });
}

const chfAccount = (l: Ledger, name: string, iban: string) =>
  createAccount(l.db, accountInput.parse({ kind: 'bank', name, currency: 'CHF', iban, openingOn: '2026-01-01' }), NOW);

async function order(l: Ledger, accountId: number, reference: string, currency = 'EUR') {
  return createStandingOrder(
    l.db,
    standingOrderInput.parse({
      accountId,
      fundId: l.funds.legal,
      amountMinor: 2_500,
      currency,
      rhythm: 'monthly',
      fromOn: '2026-01-01',
      reference,
    }),
    NOW,
  );
}

async function rendered(l: Ledger, input: InputOf<'donationSlips:render'>, png: string) {
  const out = await l.r.call('donationSlips:render', input);
  if (out.status !== 'rendered') throw new Error(JSON.stringify(out.problems));
  const file = scratch.write(Buffer.from(out.pdfBase64, 'base64'));
  renderPng(file, png);
  return { out, file, info: readInfo(file), text: flat(readText(file)) };
}

describe('donation slips from the vault', () => {
  test('EUR: the standing order’s RF reference, its fund and amount, on A4; saved through print:save', async () => {
    const l = await ledgerVault();
    await withGroup(l, 'FR');
    const reference = createCreditorReference('PARLOIR2026');
    const orderId = await order(l, l.accounts.bank, reference);
    const { out, info, text } = await rendered(
      l,
      { accountId: l.accounts.bank, standingOrderId: orderId, size: 'A4' },
      'channel-slip-eur-a4',
    );
    expect(info.pages).toBe(1);
    expect(text).toContain('Frais de justice');
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
    expect(text).toContain(reference.replace(/(.{4})/g, '$1 ').trim());
    expect(text).toContain('25,00 €');
    const target = `${scratch.write(new Uint8Array())}.saved.pdf`;
    l.r.answers.choosePdfFile = (name) => {
      expect(name).toBe(`parloir-slip-${l.accounts.bank}.pdf`);
      return Promise.resolve(target);
    };
    expect(await l.r.call('print:save', { jobId: out.jobId })).toMatchObject({ status: 'written' });
    expect(fs.readFileSync(target).equals(Buffer.from(out.pdfBase64, 'base64'))).toBe(true);
  });

  test('CHF with a QR-IBAN: a QR-bill with the order’s QR reference, on A6, in English', async () => {
    const l = await ledgerVault();
    await withGroup(l);
    l.r.app.context.preferences.set({ language: 'en', autoLockMinutes: 5 });
    const accountId = await chfAccount(l, 'PostFinance QR', QR_IBAN);
    const reference = createQrReference('2026000000000000000000012');
    const orderId = await order(l, accountId, reference, 'CHF');
    const { info, text } = await rendered(
      l,
      { accountId, standingOrderId: orderId, size: 'A6' },
      'channel-slip-qrr-a6',
    );
    expect(info.pages).toBe(1);
    expect(text).toContain('Payment part');
    expect(text).toContain('CH50 3100 0001 2345 6789 0');
    expect(text).toContain(formatQrReference(reference));
  });

  test('EUR: a fund’s own structured reference (Belgian), on A6', async () => {
    const l = await ledgerVault();
    await withGroup(l, 'BE');
    const reference = createBelgianReference(1_234_567_890);
    const fundId = await createFund(
      l.db,
      { name: 'Parloirs', kind: 'restricted', prisonerId: null },
      NOW,
      null,
      reference,
    );
    const { info, text } = await rendered(
      l,
      { accountId: l.accounts.bank, fundId, size: 'A6' },
      'channel-slip-fund-a6',
    );
    expect(info.pages).toBe(1);
    expect(text).toContain('Parloirs');
    expect(text).toContain(formatBelgianReference(reference));
  });

  test('CHF without a QR-IBAN: the fund named as the message, the amount typed', async () => {
    const l = await ledgerVault();
    await withGroup(l);
    const accountId = await chfAccount(l, 'Banque cantonale', CH_IBAN);
    const { text } = await rendered(
      l,
      { accountId, fundId: l.funds.general, amountMinor: 5_000, size: 'A4' },
      'channel-slip-chf-a4',
    );
    expect(text).toContain('Section paiement');
    expect(text).toContain('Général');
    expect(text).toContain('50.00');
  });

  test('what stops a slip is said: no group address for a QR-bill, no IBAN, another account’s order', async () => {
    const l = await ledgerVault();
    const accountId = await chfAccount(l, 'Banque cantonale', CH_IBAN);
    expect(await l.r.call('donationSlips:render', { accountId, size: 'A4' })).toEqual({
      status: 'problems',
      problems: [{ code: 'group_address_missing' }],
    });
    expect(await l.r.call('donationSlips:render', { accountId: l.accounts.cash, size: 'A6' })).toEqual({
      status: 'problems',
      problems: [{ code: 'account_no_iban' }],
    });
    const orderId = await order(l, l.accounts.bank, createCreditorReference('X1'));
    const other = await l.r.fail('donationSlips:render', { accountId, standingOrderId: orderId, size: 'A4' });
    expect(other.code).toBe('VALIDATION');
  });

  test('the dialog’s choices: the account, its open funds and its running standing orders', async () => {
    const l = await ledgerVault();
    const reference = createCreditorReference('ABC');
    const orderId = await order(l, l.accounts.bank, reference);
    const options = await l.r.call('donationSlips:options', { accountId: l.accounts.bank });
    expect(options.account).toMatchObject({ id: l.accounts.bank, currency: 'EUR' });
    expect(options.funds.map((f) => f.name)).toEqual(['Frais de justice', 'Général']);
    expect(options.standingOrders).toEqual([
      { id: orderId, donorName: null, fundId: l.funds.legal, amountMinor: 2_500, currency: 'EUR', reference },
    ]);
    expect((await l.r.call('donationSlips:options', { accountId: l.accounts.cash })).standingOrders).toEqual([]);
  });
});
