import { afterAll, describe, expect, test } from 'vitest';
import { isValidIBAN } from 'ibantools';
import { renderDonationSlip } from '../../../electron/services/money/donation-slip.pdf';
import type { DonationSlipRequest } from '../../../electron/services/money/donation-slip.types';
import {
  createBelgianReference,
  createCreditorReference,
  createQrReference,
} from '../../../shared/money/payment-references';
import { epcPayload } from '../../../shared/money/epc-qr';
import { qrMatrix } from '../../../shared/money/qr-matrix';
import { grayPage, pdfScratch, readInfo, readText, readWords, renderPng } from '../printing/pdf-readback';

// Sample accounts composed with ibantools from made-up bank and account numbers: a Belgian EUR account (its BBAN ends in the mod-97 check of its first ten digits), a Swiss QR-IBAN
// (bank id 31000, in the QR range 30000-31999) and a conventional Swiss IBAN.
const EUR_IBAN = 'BE35310123456737';
const QR_IBAN = 'CH5031000001234567890';
const CH_IBAN = 'CH5000700112233445566';

const group = {
  name: 'Comité de soutien Parloir',
  address: { street: 'Rue des Lilas', buildingNumber: '12', postalCode: '1003', city: 'Lausanne', country: 'CH' },
};

const scratch = pdfScratch();
afterAll(() => scratch.remove());

/** pdftotext's words joined by single spaces, with the no-break spaces Intl puts in amounts read as spaces. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

async function render(request: DonationSlipRequest, png: string) {
  const result = await renderDonationSlip(request);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const file = scratch.write(result.pdf);
  renderPng(file, png);
  return { info: readInfo(file), text: flat(readText(file)) };
}

const A4 = { width: 595.28, height: 841.89 };
const A6 = { width: 297.64, height: 419.53 };
const close = (actual: number, expected: number) => Math.abs(actual - expected) < 0.5;

describe('EUR account: EPC QR code with the fields in words', () => {
  const belgian = createBelgianReference(4242);
  const request: DonationSlipRequest = {
    language: 'fr',
    size: 'A4',
    group: { ...group, address: { ...group.address, country: 'BE' } },
    account: { currency: 'EUR', iban: EUR_IBAN, bic: 'GKCCBEBB' },
    fund: { name: 'Frais de justice', reference: belgian },
    amountMinor: 2550,
  };

  test('the sample IBANs are valid', () => {
    expect([EUR_IBAN, QR_IBAN, CH_IBAN].every((iban) => isValidIBAN(iban))).toBe(true);
  });

  test('A4 in French: one A4 page with the IBAN, the Belgian reference and the amount written out', async () => {
    const { info, text } = await render(request, 'slip-epc-a4-fr');
    expect(info.pages).toBe(1);
    expect(close(info.sizes[0]!.width, A4.width) && close(info.sizes[0]!.height, A4.height)).toBe(true);
    expect(text).toContain('BE35 3101 2345 6737');
    expect(text).toContain('GKCCBEBB');
    expect(text).toContain(`+++${belgian.slice(0, 3)}/${belgian.slice(3, 7)}/${belgian.slice(7)}+++`);
    expect(text).toContain('25,50 €');
    expect(text).toContain('Bénéficiaire');
    expect(info.producer).toBe('Parloir');
  });

  test('A6 in English with an RF reference and no amount: the donor chooses it', async () => {
    const rf = createCreditorReference('FUND7');
    const { info, text } = await render(
      { ...request, language: 'en', size: 'A6', fund: { name: 'Visits', reference: rf }, amountMinor: undefined },
      'slip-epc-a6-en',
    );
    expect(close(info.sizes[0]!.width, A6.width) && close(info.sizes[0]!.height, A6.height)).toBe(true);
    expect(text).toContain('BE35 3101 2345 6737');
    expect(text).toContain(rf.replace(/(.{4})(?=.)/g, '$1 '));
    expect(text).toContain('Amount of your choice');
  });

  test('A6: four white modules between the code and the words above and below it', async () => {
    const a6 = { ...request, size: 'A6' as const };
    const result = await renderDonationSlip(a6);
    if (!result.ok) throw new Error('no slip');
    const file = scratch.write(result.pdf);
    const words = readWords(file)[0]!.words;
    const above = words.find((word) => word.text === 'justice')!;
    const below = words.find((word) => word.text === 'Bénéficiaire')!;
    const gray = grayPage(file, 300);
    // The rows of the page, between those two words, in which the code has a dark pixel (it is centred, 42 mm wide).
    const dark: number[] = [];
    for (let y = above.yMax + 0.2; y < below.yMin - 0.2; y += 0.1) {
      for (let x = 31.5; x < 73.5; x += 0.1) {
        if (gray(x, y) < 128) {
          dark.push(y);
          break;
        }
      }
    }
    const payload = epcPayload({
      name: a6.group.name,
      iban: a6.account.iban,
      bic: a6.account.bic,
      amountMinor: a6.amountMinor,
      reference: a6.fund?.reference,
    });
    const moduleMm = 42 / qrMatrix(payload.ok ? payload.payload : '', 'M').length;
    expect(dark[0]! - above.yMax).toBeGreaterThanOrEqual(4 * moduleMm - 0.3);
    expect(below.yMin - dark[dark.length - 1]!).toBeGreaterThanOrEqual(4 * moduleMm - 0.3);
  });

  test('a wrong IBAN or a broken reference gives problems, not a PDF', async () => {
    const result = await renderDonationSlip({
      ...request,
      account: { currency: 'EUR', iban: 'BE36310123456737' },
      fund: { name: 'x', reference: 'RF00FUND7' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['iban_invalid', 'reference_invalid']);
  });
});

describe('CHF account: Swiss QR-bill', () => {
  const qrr = createQrReference('4242');

  test('A4 in French: the bill at the foot of an A4 page with the QR-IBAN, the QR reference and the amount', async () => {
    const { info, text } = await render(
      {
        language: 'fr',
        size: 'A4',
        group,
        account: { currency: 'CHF', iban: QR_IBAN },
        fund: { name: 'Soutien aux prisonniers', reference: qrr },
        amountMinor: 5000,
      },
      'slip-swiss-a4-fr',
    );
    expect(info.pages).toBe(1);
    expect(close(info.sizes[0]!.width, A4.width) && close(info.sizes[0]!.height, A4.height)).toBe(true);
    expect(text).toContain('CH50 3100 0001 2345 6789 0');
    expect(text).toContain(qrr.replace(/^(\d{2})(\d{5})(\d{5})(\d{5})(\d{5})(\d{5})$/, '$1 $2 $3 $4 $5 $6'));
    expect(text).toContain('50.00');
    expect(text).toContain('Section paiement');
    // Its own document, built with the QR-bill's font metrics, keeps the metadata every Parloir PDF has.
    expect([info.producer, info.title, info.author]).toEqual(['Parloir', 'Parloir', '']);
  });

  test('A6 in English: the payment part alone, with a conventional IBAN, an RF reference and a blank amount', async () => {
    const rf = createCreditorReference('LEGAL2026');
    const { info, text } = await render(
      {
        language: 'en',
        size: 'A6',
        group,
        account: { currency: 'CHF', iban: CH_IBAN },
        fund: { name: 'Legal costs', reference: rf },
      },
      'slip-swiss-a6-en',
    );
    expect(close(info.sizes[0]!.width, A6.height) && close(info.sizes[0]!.height, A6.width)).toBe(true);
    expect(text).toContain('CH50 0070 0112 2334 4556 6');
    expect(text).toContain(rf.replace(/(.{4})(?=.)/g, '$1 '));
    expect(text).toContain('Payment part');
    expect(text).toContain('Payable by (name/address)');
    expect(text).toContain('1003 Lausanne');
    expect(text).not.toContain('CH-1003');
  });

  test('A6 with an amount: the payment part writes it with a space between thousands', async () => {
    const { text } = await render(
      {
        language: 'fr',
        size: 'A6',
        group,
        account: { currency: 'CHF', iban: QR_IBAN },
        fund: { name: 'Soutien', reference: qrr },
        amountMinor: 1234567,
      },
      'slip-swiss-a6-fr-amount',
    );
    expect(text).toContain('12 345.67');
    expect(text).toContain('Section paiement');
    expect(text).toContain('CH50 3100 0001 2345 6789 0');
  });

  test('the receipt’s 20 mm blank "payable by" field ends above its "currency" heading', async () => {
    const result = await renderDonationSlip({
      language: 'fr',
      size: 'A4',
      group,
      account: { currency: 'CHF', iban: QR_IBAN },
      fund: { name: 'Soutien', reference: qrr },
    });
    if (!result.ok) throw new Error('no slip');
    const words = readWords(scratch.write(result.pdf))[0]!.words.filter((word) => word.xMax < 62);
    const payableBy = words.find((word) => word.text === '(nom/adresse)')!;
    const currency = words.find((word) => word.text === 'Monnaie')!;
    // The library draws the field from the line below its heading: 20 mm, and a millimetre clear of the heading below.
    expect(currency.yMin - payableBy.yMax).toBeGreaterThan(21);
  });

  test('a QR-IBAN with an RF reference is refused with the library’s reason', async () => {
    const result = await renderDonationSlip({
      language: 'fr',
      size: 'A4',
      group,
      account: { currency: 'CHF', iban: QR_IBAN },
      fund: { name: 'x', reference: createCreditorReference('X1') },
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'swiss_invalid', detail: 'QR_REFERENCE_LENGTH_IS_INVALID' }],
    });
  });
});

test('an account in another currency has no slip', async () => {
  const result = await renderDonationSlip({
    language: 'en',
    size: 'A4',
    group,
    account: { currency: 'GBP', iban: 'GB33BUKB20201555555555' },
  });
  expect(result).toEqual({ ok: false, problems: [{ code: 'currency_unsupported' }] });
});
