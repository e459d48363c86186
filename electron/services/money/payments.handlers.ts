import type { Handlers } from '../../../shared/contract';
import type { paymentsChannelNames } from '../../../shared/money/payments.channels';
import { localToday } from '../../../shared/today';
import { slipOptions } from '../../../db/money/donation-slip.queries';
import { paymentDestination, paymentToPrisonerCategory } from '../../../db/money/prisoner-payments.queries';
import { insertTransaction } from '../../../db/money/transactions.queries';
import { inOneTransaction } from '../../../db/money/ledger-errors';
import { timestampNow } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { clipboardHandlers } from '../clipboard/clipboard.handlers';
import { renderedJobsOf } from '../printing/print-jobs';
import { renderDonationSlip } from './donation-slip.pdf';
import { donationSlipRequest } from './donation-slip-request';
import { preparePrisonerPayment } from './prisoner-payment-prepare';

type Names = (typeof paymentsChannelNames)[number];

const base64 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');

/**
 * Money sent to a prisoner and donation slips. A payment is prepared (nothing written) then recorded as an expense
 * 'ordered': the bank statement that shows it confirms it (reconciliation). A slip is rendered into the store of
 * rendered documents, so print:send and print:save serve it like any print job.
 */
export function paymentsHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const language = () => ctx.preferences.get().language;
  return {
    'prisonerPayments:prepare': async ({ prisonerId, amountMinor, bookedOn }) =>
      preparePrisonerPayment(ctx.vault.db, { prisonerId, amountMinor, bookedOn: bookedOn ?? localToday() }),

    'prisonerPayments:record': async (input) =>
      inOneTransaction(ctx.vault.db, async (trx) => {
        const destination = await paymentDestination(trx, input.prisonerId);
        const money = destination.stay?.rules.money;
        const categoryId = await paymentToPrisonerCategory(trx);
        const amountMinor = -input.amountMinor;
        const transactionId = await insertTransaction(
          trx,
          {
            accountId: input.accountId,
            bookedOn: input.bookedOn,
            amountMinor,
            // The facility's account holder is who the bank statement will name: it helps match the line.
            counterparty: money?.method === 'bank_transfer' ? money.accountHolder : null,
            text: input.reference,
            status: 'ordered',
            prisonerId: input.prisonerId,
            parcelId: null,
            eveningId: null,
            standingOrderId: null,
            splits: [{ categoryId, fundId: input.fundId, amountMinor }],
          },
          { memberId: input.byMemberId, now: timestampNow() },
        );
        return { transactionId };
      }),

    'donationSlips:options': async ({ accountId }) => slipOptions(ctx.vault.db, accountId, localToday()),

    'donationSlips:render': async (input) => {
      // The unlock this PDF belongs to: one finished after a lock is not kept.
      const signal = ctx.vault.lockSignal;
      const made = await donationSlipRequest(ctx.vault.db, input, language());
      if ('problems' in made) return { status: 'problems', problems: made.problems };
      const slip = await renderDonationSlip(made.request);
      if (!slip.ok) return { status: 'problems', problems: slip.problems };
      const pages = 1;
      const jobId = renderedJobsOf(ctx.jobs).add({ pdf: slip.pdf, pages, baseName: made.baseName }, { signal });
      return { status: 'rendered', jobId, pages, pdfBase64: base64(slip.pdf) };
    },

    ...clipboardHandlers(ctx),
  };
}
