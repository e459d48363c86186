import type { TFunction } from 'i18next';
import { friendlyFormatIBAN } from 'ibantools';
import { epcPayload, type EpcProblem } from '../../../shared/money/epc-qr';
import {
  formatBelgianReference,
  formatCreditorReference,
  parseBelgianReference,
  parseCreditorReference,
} from '../../../shared/money/payment-references';
import { qrMatrix } from '../../../shared/money/qr-matrix';
import { formatMoney } from '../../../shared/parcels/money-text';
import { mmToPt } from '../../../shared/printing/units';
import type { DonationSlipRequest } from './donation-slip.types';
import { SLIP_HEIGHT_MM, SLIP_PAGES, drawCutLine, drawQr, writeField, writeText } from './slip-layout';

/** The reference written the way banks print it, so a donor copying it by hand gets the grouping right. */
function readableReference(reference: string): string {
  const creditor = parseCreditorReference(reference);
  if (creditor) return formatCreditorReference(creditor);
  const belgian = parseBelgianReference(reference);
  return belgian ? formatBelgianReference(belgian) : reference;
}

/** The EPC payload for a donation, or its problems; the fund's name travels only as information to the payer. */
export function donationPayload(request: DonationSlipRequest): { payload: string } | { problems: EpcProblem[] } {
  const result = epcPayload({
    name: request.group.name,
    iban: request.account.iban,
    bic: request.account.bic,
    amountMinor: request.amountMinor,
    reference: request.fund?.reference,
    // Without a structured reference, the fund's name is the remittance text that lets the treasurer sort the gift.
    text: request.fund?.reference ? undefined : request.fund?.name,
  });
  return result.ok ? { payload: result.payload } : { problems: result.problems };
}

/** The code and, beside or below it, every field in words, so the slip also works for a donor without a phone. */
export function drawEpcSlip(
  doc: PDFKit.PDFDocument,
  request: DonationSlipRequest,
  payload: string,
  t: TFunction,
): void {
  const a4 = request.size === 'A4';
  const page = a4 ? SLIP_PAGES.A4 : SLIP_PAGES.A6;
  doc.addPage({ size: [mmToPt(page.widthMm), mmToPt(page.heightMm)], margin: 0 });
  const matrix = qrMatrix(payload, 'M');
  const top = a4 ? page.heightMm - SLIP_HEIGHT_MM : 0;
  if (a4) drawCutLine(doc, top, page.widthMm);

  const margin = a4 ? 10 : 7;
  const qrSize = a4 ? 46 : 42;
  let y = writeText(doc, t('slips.heading', { group: request.group.name }), {
    xMm: margin,
    yMm: top + margin - 2,
    widthMm: page.widthMm - 2 * margin,
    sizePt: a4 ? 13 : 11,
    bold: true,
  });
  if (request.fund) {
    y = writeText(doc, t('slips.fund', { fund: request.fund.name }), {
      xMm: margin,
      yMm: y + 0.5,
      widthMm: page.widthMm - 2 * margin,
      sizePt: 9,
    });
  }
  const qrX = a4 ? margin : (page.widthMm - qrSize) / 2;
  // The quiet zone a reader needs around the code: four modules white on every side.
  const quiet = (4 * qrSize) / matrix.length;
  const qrY = y + quiet;
  drawQr(doc, matrix, qrX, qrY, qrSize);

  const column = a4
    ? { xMm: margin + qrSize + Math.max(quiet, 8), yMm: qrY }
    : { xMm: margin, yMm: qrY + qrSize + quiet };
  const width = page.widthMm - column.xMm - margin;
  const fieldAt = (yMm: number) => ({ xMm: column.xMm, yMm, widthMm: width });
  const amount =
    request.amountMinor === undefined
      ? t('slips.amountFree')
      : formatMoney({ minor: request.amountMinor, currency: 'EUR' }, request.language);
  let fieldY = column.yMm;
  fieldY = writeField(doc, t('slips.beneficiary'), request.group.name, fieldAt(fieldY));
  fieldY = writeField(doc, t('slips.iban'), friendlyFormatIBAN(request.account.iban) ?? '', fieldAt(fieldY));
  if (request.account.bic) fieldY = writeField(doc, t('slips.bic'), request.account.bic, fieldAt(fieldY));
  fieldY = writeField(doc, t('slips.amount'), amount, fieldAt(fieldY));
  const reference = request.fund?.reference ? readableReference(request.fund.reference) : request.fund?.name;
  if (reference) fieldY = writeField(doc, t('slips.reference'), reference, fieldAt(fieldY));

  const hintY = a4 ? Math.max(fieldY, qrY + qrSize + quiet) : fieldY + 1;
  writeText(doc, t('slips.scan'), { xMm: margin, yMm: hintY, widthMm: page.widthMm - 2 * margin, sizePt: 8 });
}
