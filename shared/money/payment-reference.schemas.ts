import { z } from 'zod';
import {
  formatReference,
  isValidReference,
  parseBelgianReference,
  parseCreditorReference,
  parseQrReference,
  type ReferenceKind,
} from './payment-references';
import type { StatementReference } from './statement.types';

/** The structured reference schemes a fund can carry: Belgian structured communication, ISO 11649 RF, Swiss QR. */
export const referenceKinds = ['be', 'rf', 'qrr'] as const satisfies readonly ReferenceKind[];

/** A stored reference value (digits and capitals, as the check reads them) back to its kind. */
export function referenceOfValue(value: string): StatementReference {
  if (value.startsWith('RF')) return { kind: 'rf', value };
  return { kind: value.length === 27 ? 'qrr' : 'be', value };
}

/** What people type (+++123/4567/89012+++, RF18 5390 0754 7034, 21 00000 …) read as a reference, or null. */
export function readReferenceText(text: string): StatementReference | null {
  const be = parseBelgianReference(text);
  if (be !== null) return { kind: 'be', value: be };
  const rf = parseCreditorReference(text);
  if (rf !== null) return { kind: 'rf', value: rf };
  const qrr = parseQrReference(text);
  return qrr === null ? null : { kind: 'qrr', value: qrr };
}

/**
 * A reference typed in a form: empty is none; anything else must be a valid structured reference of one of the three
 * kinds (its check digits right), and becomes its bare value.
 */
export const paymentReferenceText = z
  .string()
  .trim()
  .max(60)
  .nullish()
  .transform((text, ctx) => {
    if (!text) return null;
    const reference = readReferenceText(text);
    if (reference === null || !isValidReference(reference)) {
      ctx.addIssue({ code: 'custom', message: 'Not a valid structured reference (+++…+++, RF…, QR)' });
      return z.NEVER;
    }
    return reference.value;
  });

/** A reference as the lists give it: its kind, the bare value and the way banks print it. */
export const paymentReference = z.strictObject({
  kind: z.enum(referenceKinds),
  value: z.string(),
  formatted: z.string(),
});
export type PaymentReference = z.output<typeof paymentReference>;

export function paymentReferenceOf(value: string | null): PaymentReference | null {
  if (value === null) return null;
  const reference = referenceOfValue(value);
  return { ...reference, formatted: formatReference(reference) };
}
