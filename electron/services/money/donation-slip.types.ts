import type { SlipLanguage } from './slip-text';

export interface SlipAddress {
  street: string;
  buildingNumber?: string | undefined;
  postalCode: string;
  city: string;
  /** ISO 3166 alpha-2. */
  country: string;
}

export interface DonationSlipRequest {
  language: SlipLanguage;
  size: 'A4' | 'A6';
  /** The creditor: the group's name and postal address (a Swiss QR-bill requires the address). */
  group: { name: string; address: SlipAddress };
  /** One account, one currency: CHF gives a Swiss QR-bill, EUR an EPC QR code. */
  account: { currency: string; iban: string; bic?: string | undefined };
  /** The fund the gift goes to, and the structured reference that makes its payments match exactly. */
  fund?: { name: string; reference?: string | undefined } | undefined;
  /** Integer minor units; left out, the donor chooses the amount. */
  amountMinor?: number | undefined;
}

export interface SlipProblem {
  code: string;
  max?: number;
  length?: number;
  /** For `swiss_invalid`: the QR-bill library's own error code. */
  detail?: string;
}

export type DonationSlipResult = { ok: true; pdf: Uint8Array } | { ok: false; problems: SlipProblem[] };
