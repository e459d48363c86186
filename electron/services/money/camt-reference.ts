import type { StatementReference } from '../../../shared/money/statement.types';
import type { XmlNode } from './camt-xml';
import { at, child, children, textOf } from './camt-xml';

/*
 * Local checks, just enough to tell the three kinds apart and not hand on a mistyped reference as structured;
 * shared/money/payment-references.ts has the project's reference checks.
 */

type Kind = StatementReference['kind'];

/** ISO 7064 mod 97-10 over digits and letters (A = 10 ... Z = 35), a chunk at a time so no number grows large. */
function mod97(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const value = Number.parseInt(character, 36);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

function isCreditorReference(value: string): boolean {
  return /^RF\d{2}[A-Z0-9]{1,21}$/u.test(value) && mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

const QR_CARRY = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

function isQrReference(value: string): boolean {
  if (!/^\d{27}$/u.test(value)) return false;
  let carry = 0;
  for (const digit of value.slice(0, 26)) carry = QR_CARRY[(carry + Number(digit)) % 10] ?? 0;
  return (10 - carry) % 10 === Number(value[26]);
}

function isBelgianStructured(value: string): boolean {
  if (!/^\d{12}$/u.test(value)) return false;
  const check = Number(value.slice(0, 10)) % 97 || 97;
  return check === Number(value.slice(10));
}

const CHECKS: Record<Kind, { normalise: (raw: string) => string; valid: (value: string) => boolean }> = {
  rf: { normalise: (raw) => raw.replace(/\s/gu, '').toUpperCase(), valid: isCreditorReference },
  qrr: { normalise: (raw) => raw.replace(/\s/gu, ''), valid: isQrReference },
  // Written +++123/4567/89012+++ or ***123/4567/89012***, sometimes with spaces.
  be: { normalise: (raw) => raw.replace(/[\s+*/]/gu, ''), valid: isBelgianStructured },
};

/** The reference as its kind, when it has that kind's shape and check digits. */
function asKind(raw: string, kinds: Kind[]): StatementReference | null {
  for (const kind of kinds) {
    const value = CHECKS[kind].normalise(raw);
    if (CHECKS[kind].valid(value)) return { kind, value };
  }
  return null;
}

/**
 * RmtInf/Strd/CdtrRefInf: a Swiss QR reference is typed Prtry QRR, a creditor reference Cd SCOR, a Belgian
 * structured communication Cd SCOR with Issr BBA. Banks do not all type them, so an untyped one is recognised by shape.
 */
function creditorReference(refInf: XmlNode | undefined): StatementReference | null {
  const raw = textOf(child(refInf, 'Ref'));
  if (raw === null) return null;
  const type = at(refInf, 'Tp', 'CdOrPrtry');
  const issuer = textOf(at(refInf, 'Tp', 'Issr'))?.toUpperCase();
  if (textOf(child(type, 'Prtry'))?.toUpperCase() === 'QRR') return asKind(raw, ['qrr']);
  if (issuer === 'BBA') return asKind(raw, ['be']);
  return asKind(raw, ['rf', 'qrr', 'be']);
}

/** Only a whole line that is a structured communication: a number inside free text is not one. */
const BELGIAN_WRITTEN = /^(\+{3}|\*{3})\s*\d{3}\s*\/\s*\d{4}\s*\/\s*\d{5}\s*(\+{3}|\*{3})$/u;

/** The first recognised structured reference of a remittance (RmtInf), else a Belgian one typed as free text. */
export function remittanceReference(remittance: XmlNode | undefined): StatementReference | null {
  for (const structured of children(remittance, 'Strd')) {
    const reference = creditorReference(child(structured, 'CdtrRefInf'));
    if (reference) return reference;
  }
  for (const line of children(remittance, 'Ustrd')) {
    const text = textOf(line);
    if (text !== null && BELGIAN_WRITTEN.test(text)) return asKind(text, ['be']);
  }
  return null;
}
