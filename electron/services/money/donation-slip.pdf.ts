import { createPdf, finishPdf } from '../printing/pdf-document';
import { createQrBillPdf } from './qr-bill-pdf';
import type { DonationSlipRequest, DonationSlipResult } from './donation-slip.types';
import { donationPayload, drawEpcSlip } from './epc-slip.draw';
import { slipText } from './slip-text';
import { drawSwissSlip, swissData, swissProblems } from './swiss-slip.draw';

/**
 * A donation slip for one account and fund: a Swiss QR-bill for a CHF account, an EPC QR code with the same fields in
 * words for a EUR account, on A4 (the slip at the foot of the page) or A6. Everything is checked before the first
 * page is drawn: a slip is either right or not made, with the problems by code.
 */
export async function renderDonationSlip(request: DonationSlipRequest): Promise<DonationSlipResult> {
  const t = slipText(request.language);
  const currency = request.account.currency.toUpperCase();
  if (currency === 'CHF') {
    const data = swissData(request);
    const problems = swissProblems(data);
    if (problems.length > 0) return { ok: false, problems };
    const doc = createQrBillPdf();
    drawSwissSlip(doc, request, data, t);
    return { ok: true, pdf: await finishPdf(doc) };
  }
  if (currency === 'EUR') {
    const epc = donationPayload(request);
    if ('problems' in epc) return { ok: false, problems: epc.problems };
    const doc = createPdf({ widthPt: 0, heightPt: 0 });
    drawEpcSlip(doc, request, epc.payload, t);
    return { ok: true, pdf: await finishPdf(doc) };
  }
  return { ok: false, problems: [{ code: 'currency_unsupported' }] };
}
