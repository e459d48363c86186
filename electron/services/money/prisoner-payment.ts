import { epcPayload, type EpcProblem } from '../../../shared/money/epc-qr';
import { placeholderPattern, referencePlaceholders } from '../../../shared/registry/mail-rules.schemas';

/** How a facility takes money for a prisoner: the account, its exact holder, and the reference it demands. */
export interface FacilityMoneyRule {
  iban: string;
  bic?: string | undefined;
  /** The account holder exactly as the bank knows it (the payee-name check compares it). */
  holder: string;
  /** E.g. `{number} {FAMILY} {Given}`; see `placeholders` below. */
  referencePattern: string;
  /** The longest reference the facility's bookkeeping reads, e.g. 31 in France; null when it sets none. */
  maxLength: number | null;
}

export interface PrisonerForPayment {
  /** The prison number (numéro d’écrou, Buchnummer). */
  number: string | null;
  familyName: string;
  givenNames: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string | null;
}

export type ReferenceProblem =
  | { code: 'too_long'; length: number; max: number }
  | { code: 'missing_value'; placeholder: string }
  | { code: 'unknown_placeholder'; placeholder: string }
  | { code: 'unsupported_characters'; characters: string[] }
  | { code: 'empty' };

export type ReferenceResult = { ok: true; reference: string } | { ok: false; problem: ReferenceProblem };

// Accents and ligatures the SEPA character set lacks: banks rewrite them each their own way, so the reference is
// written the way it will arrive. The lowercase forms are enough: the placeholder decides the case afterwards.
const ligatures: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };
/** The Latin subset every SEPA bank carries in remittance text (EPC217-08). */
const sepaCharacters = /^[A-Za-z0-9/\-?:().,'+ ]$/;

function sepaLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđþð]/giu, (char) => {
      const lower = ligatures[char.toLowerCase()] ?? char;
      return char === char.toLowerCase() ? lower : lower.toUpperCase();
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const birthDate = (iso: string | null): string | null => {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  // Day, month, year with points: the order German and Belgian prisons write dates of birth in.
  return match ? `${match[3]}.${match[2]}.${match[1]}` : null;
};

/**
 * The placeholders a pattern may use. The registry's own names (LASTNAME, Firstname…) are accepted beside the money
 * ones (FAMILY, Given…), so every pattern a facility record already holds keeps working.
 */
const placeholders: Record<(typeof referencePlaceholders)[number], (p: PrisonerForPayment) => string | null> = {
  number: (p) => p.number?.trim() || null,
  FAMILY: (p) => p.familyName.toLocaleUpperCase('fr') || null,
  Family: (p) => p.familyName || null,
  GIVEN: (p) => p.givenNames.toLocaleUpperCase('fr') || null,
  Given: (p) => p.givenNames || null,
  birthDate: (p) => birthDate(p.birthDate),
  LASTNAME: (p) => p.familyName.toLocaleUpperCase('fr') || null,
  Lastname: (p) => p.familyName || null,
  FIRSTNAME: (p) => p.givenNames.toLocaleUpperCase('fr') || null,
  Firstname: (p) => p.givenNames || null,
};

/**
 * The reference for one prisoner from the facility's pattern, or the one problem that stops it. A reference too long
 * is refused with its length, never cut: a prison that cannot read it sends the money back, or books it to no one.
 */
export function composePrisonerReference(rule: FacilityMoneyRule, prisoner: PrisonerForPayment): ReferenceResult {
  let problem: ReferenceProblem | null = null;
  const filled = rule.referencePattern.replace(placeholderPattern, (_, key: string) => {
    const value = (referencePlaceholders as readonly string[]).includes(key)
      ? placeholders[key as (typeof referencePlaceholders)[number]]
      : undefined;
    if (!value) problem ??= { code: 'unknown_placeholder', placeholder: key };
    const text = value ? value(prisoner) : null;
    if (value && text === null) problem ??= { code: 'missing_value', placeholder: key };
    return text ?? '';
  });
  if (problem) return { ok: false, problem };
  const reference = sepaLatin(filled);
  if (reference === '') return { ok: false, problem: { code: 'empty' } };
  const unsupported = [...new Set([...reference].filter((char) => !sepaCharacters.test(char)))];
  if (unsupported.length > 0)
    return { ok: false, problem: { code: 'unsupported_characters', characters: unsupported } };
  const length = [...reference].length;
  if (rule.maxLength !== null && length > rule.maxLength) {
    return { ok: false, problem: { code: 'too_long', length, max: rule.maxLength } };
  }
  return { ok: true, reference };
}

export type PrisonerPaymentResult =
  | { ok: true; reference: string; payload: string }
  | { ok: false; referenceProblem?: ReferenceProblem; problems: EpcProblem[] };

/** The reference and the EPC QR payload a banking app scans to pay it: the reference goes as the transfer's text. */
export function prisonerPayment(
  rule: FacilityMoneyRule,
  prisoner: PrisonerForPayment,
  amountMinor?: number,
): PrisonerPaymentResult {
  const composed = composePrisonerReference(rule, prisoner);
  if (!composed.ok) return { ok: false, referenceProblem: composed.problem, problems: [] };
  const epc = epcPayload({
    name: rule.holder,
    iban: rule.iban,
    bic: rule.bic,
    amountMinor,
    text: composed.reference,
  });
  if (!epc.ok) return { ok: false, problems: epc.problems };
  return { ok: true, reference: composed.reference, payload: epc.payload };
}
