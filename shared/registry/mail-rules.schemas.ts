import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { languageCode, optionalLine, optionalText } from '../common.schemas';

export const parcelContents = ['clothes', 'books', 'food', 'hygiene', 'other'] as const;
export const moneyMethods = ['unknown', 'bank_transfer', 'other'] as const;

/** `FR76 3000 6000 0112 3456 7890 189` and `fr7630006000011234567890189` are the same account: stored electronic form. */
export const iban = z
  .string()
  .transform((value) => electronicFormatIBAN(value) ?? '')
  .refine((value) => isValidIBAN(value), 'Invalid IBAN');

/** Placeholders a payment reference pattern may use; anything else between braces is refused. */
export const referencePlaceholders = [
  'number',
  'FAMILY',
  'Family',
  'GIVEN',
  'Given',
  'birthDate',
  'LASTNAME',
  'Lastname',
  'FIRSTNAME',
  'Firstname',
] as const;
/** A placeholder between braces, as the pattern's check and the reference's composition both read it. */
export const placeholderPattern = /\{([^}]*)\}/g;

export const referencePattern = z
  .string()
  .trim()
  .min(1)
  .max(140)
  .refine(
    (value) =>
      [...value.matchAll(placeholderPattern)].every((m) =>
        (referencePlaceholders as readonly string[]).includes(m[1] ?? ''),
      ),
    'Unknown placeholder',
  );

const count = z.number().int().min(0).max(1000);
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');

/** The periods a facility caps money over: a calendar week (Monday to Sunday) or a calendar month. */
export const moneyLimitPeriods = ['week', 'month'] as const;
export type MoneyLimitPeriod = (typeof moneyLimitPeriods)[number];

/**
 * What a facility lets a prisoner receive (or keep) over a period, in integer minor units of its currency, with the
 * note that says what happens above it (France withholds a share beyond 200 EUR a month; Spain caps weekly spending).
 */
export const moneyLimit = z.strictObject({
  period: z.enum(moneyLimitPeriods),
  amountMinor: z
    .number()
    .int()
    .positive()
    .max(10 ** 12),
  currency: currencyCode,
  note: optionalLine(300),
});
export type MoneyLimit = z.output<typeof moneyLimit>;

/** At most one limit a period: two weekly caps would contradict each other. */
const moneyLimits = z
  .array(moneyLimit)
  .max(moneyLimitPeriods.length)
  .refine((limits) => new Set(limits.map((l) => l.period)).size === limits.length, 'One limit a period')
  .default([]);

/**
 * How one facility accepts mail, parcels and money. `null` means "not known": later checks warn about unknowns
 * rather than treating them as allowed or forbidden.
 */
export const mailRules = z.strictObject({
  lettersAllowed: z.boolean().nullable().default(null),
  maxPages: count.nullable().default(null),
  photosAllowed: z.boolean().nullable().default(null),
  maxPhotos: count.nullable().default(null),
  stampsAllowed: z.boolean().nullable().default(null),
  parcelsAllowed: z.boolean().nullable().default(null),
  parcelMaxGrams: z.number().int().min(0).max(100_000).nullable().default(null),
  parcelContents: z.array(z.enum(parcelContents)).max(parcelContents.length).default([]),
  money: z
    .discriminatedUnion('method', [
      z.strictObject({ method: z.literal('unknown') }),
      z.strictObject({
        method: z.literal('bank_transfer'),
        iban,
        /** The account's currency: EUR for a SEPA transfer (the only one an EPC QR code carries), PLN, CHF… */
        currency: currencyCode.default('EUR'),
        accountHolder: optionalLine(140),
        referencePattern: referencePattern.nullish().transform((v) => v ?? null),
        referenceMaxLength: z
          .number()
          .int()
          .min(1)
          .max(140)
          .nullish()
          .transform((v) => v ?? null),
        limits: moneyLimits,
      }),
      z.strictObject({ method: z.literal('other'), instructions: optionalText(2000) }),
    ])
    .default({ method: 'unknown' }),
  senderAddressRequired: z.boolean().nullable().default(null),
  languages: z.array(languageCode).max(20).default([]),
  restrictions: optionalText(4000),
});
export type MailRules = z.output<typeof mailRules>;
export type MailRulesInput = z.input<typeof mailRules>;
