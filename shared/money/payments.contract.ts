import type { ChannelSpec } from '../contract';
import type { paymentsChannelNames } from './payments.channels';
import * as pay from './payments.schemas';

/** Paying a prisoner (the facility's rule, the reference, the QR code, the ordered expense) and donation slips. */
export const paymentsContract = {
  'prisonerPayments:prepare': { input: pay.prepareInput, output: pay.prepareOutput, needs: 'unlocked' },
  'prisonerPayments:record': { input: pay.recordInput, output: pay.recordOutput, needs: 'unlocked' },
  'donationSlips:options': { input: pay.slipOptionsInput, output: pay.slipOptionsOutput, needs: 'unlocked' },
  'donationSlips:render': { input: pay.slipRenderInput, output: pay.slipRenderOutput, needs: 'unlocked' },
  'clipboard:copy': { input: pay.clipboardCopyInput, output: pay.clipboardCopyOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof paymentsChannelNames)[number], ChannelSpec>;
