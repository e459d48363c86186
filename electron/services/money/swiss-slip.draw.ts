import type { TFunction } from 'i18next';
import { SwissQRBill, SwissQRCode } from 'swissqrbill/pdf';
import { ValidationError } from 'swissqrbill/errors';
import type { Data, PDFOptions } from 'swissqrbill/types';
import { formatAmount, formatIBAN, formatReference } from 'swissqrbill/utils';
import { FONT_REGULAR } from '../printing/fonts';
import { mmToPt } from '../../../shared/printing/units';
import type { DonationSlipRequest, SlipProblem } from './donation-slip.types';
import { SLIP_PAGES, drawBlankField, shown, writeText } from './slip-layout';

/** What the QR-bill encodes: the group as creditor, the fund's reference (QRR with a QR-IBAN, SCOR/RF otherwise). */
export function swissData(request: DonationSlipRequest): Data {
  const { address } = request.group;
  const reference = request.fund?.reference?.replace(/\s/g, '').toUpperCase();
  return {
    currency: 'CHF',
    // The library takes francs as a number; two decimals of an integer count of centimes are exact enough for it.
    ...(request.amountMinor === undefined ? {} : { amount: request.amountMinor / 100 }),
    creditor: {
      account: request.account.iban.replace(/\s/g, ''),
      name: shown(request.group.name),
      address: shown(address.street),
      ...(address.buildingNumber ? { buildingNumber: address.buildingNumber } : {}),
      zip: address.postalCode,
      city: shown(address.city),
      country: address.country.toUpperCase(),
    },
    ...(reference ? { reference } : {}),
    // Without a reference, the fund's name is the message that lets the treasurer sort the gift.
    ...(!reference && request.fund ? { message: shown(request.fund.name) } : {}),
  };
}

/** The library's checks, run before anything is drawn; a refused bill is a problem, never a half-drawn page. */
export function swissProblems(data: Data): SlipProblem[] {
  try {
    new SwissQRCode(data);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return [{ code: 'swiss_invalid', detail: error.code }];
    throw error;
  }
}

// The library names only the fonts the QR-bill style guide lists; it asks pdfkit for `<name>` and `<name>-Bold`,
// which are exactly the embedded Noto Sans faces every Parloir PDF uses.
const fontName = FONT_REGULAR as NonNullable<PDFOptions['fontName']>;

/** A4: a few words on top, the QR-bill (receipt and payment part) at the foot of the page, as Swiss bills come. */
function drawA4(doc: PDFKit.PDFDocument, request: DonationSlipRequest, data: Data, t: TFunction): void {
  const page = SLIP_PAGES.A4;
  doc.addPage({ size: [mmToPt(page.widthMm), mmToPt(page.heightMm)], margin: 0 });
  let y = writeText(doc, t('slips.heading', { group: request.group.name }), {
    xMm: 20,
    yMm: 20,
    widthMm: 170,
    sizePt: 16,
    bold: true,
  });
  if (request.fund)
    y = writeText(doc, t('slips.fund', { fund: request.fund.name }), { xMm: 20, yMm: y + 2, widthMm: 170, sizePt: 11 });
  writeText(doc, t('slips.swissScan'), { xMm: 20, yMm: y + 4, widthMm: 170, sizePt: 10 });
  const bill = new SwissQRBill(data, { language: request.language === 'fr' ? 'FR' : 'EN', fontName });
  doc.x = 0;
  doc.y = 0;
  bill.attachTo(doc, 0, doc.page.height - SwissQRBill.height);
}

/** A6 landscape is exactly a QR-bill's payment part (148 × 105 mm), laid out as the implementation guidelines place it. */
function drawA6(doc: PDFKit.PDFDocument, request: DonationSlipRequest, data: Data, t: TFunction): void {
  const page = SLIP_PAGES.A6Landscape;
  doc.addPage({ size: [mmToPt(page.widthMm), mmToPt(page.heightMm)], margin: 0 });
  writeText(doc, t('slips.swiss.paymentPart'), { xMm: 5, yMm: 5, widthMm: 46, sizePt: 11, bold: true });
  new SwissQRCode(data, 46).attachTo(doc, mmToPt(5), mmToPt(17));

  writeText(doc, t('slips.swiss.currency'), { xMm: 5, yMm: 68, widthMm: 15, sizePt: 8, bold: true });
  writeText(doc, 'CHF', { xMm: 5, yMm: 72, widthMm: 15, sizePt: 10 });
  writeText(doc, t('slips.swiss.amount'), { xMm: 20, yMm: 68, widthMm: 31, sizePt: 8, bold: true });
  if (data.amount === undefined) drawBlankField(doc, 20, 72, 30, 10);
  else writeText(doc, formatAmount(data.amount), { xMm: 20, yMm: 72, widthMm: 31, sizePt: 10 });

  const column = { xMm: 56, widthMm: 87 };
  const heading = (text: string, yMm: number) => writeText(doc, text, { ...column, yMm, sizePt: 8, bold: true });
  const value = (text: string, yMm: number) => writeText(doc, text, { ...column, yMm, sizePt: 10 });
  const { creditor } = data;
  let y = heading(t('slips.swiss.account'), 5);
  y = value(formatIBAN(creditor.account), y);
  y = value(creditor.name, y);
  y = value([creditor.address, creditor.buildingNumber].filter(Boolean).join(' '), y);
  // As on the library's own payment part: the country is written only when it is not Switzerland.
  const country = creditor.country === 'CH' ? '' : `${creditor.country} - `;
  y = value(`${country}${creditor.zip} ${creditor.city}`, y);
  if (data.reference) {
    y = heading(t('slips.swiss.reference'), y + 3);
    y = value(formatReference(data.reference), y);
  }
  if (data.message) {
    y = heading(t('slips.swiss.additionalInformation'), y + 3);
    y = value(data.message, y);
  }
  y = heading(t('slips.swiss.payableBy'), y + 3);
  drawBlankField(doc, column.xMm, y + 1, 65, 25);
}

export function drawSwissSlip(doc: PDFKit.PDFDocument, request: DonationSlipRequest, data: Data, t: TFunction): void {
  if (request.size === 'A4') drawA4(doc, request, data, t);
  else drawA6(doc, request, data, t);
}
