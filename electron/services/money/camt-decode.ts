import type { StatementProblem } from '../../../shared/money/statement.types';
import { camtProblem } from './camt-problems';

/** Banks' monthly statements are a few MB; 40 MB is far above any real one and keeps a hostile file cheap to refuse. */
export const CAMT_MAX_BYTES = 40 * 1024 * 1024;

/** Only the first bytes are searched for the declaration: it must open the document. */
const DECLARATION_BYTES = 512;
const ENCODING_DECLARED = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/u;
/**
 * Searched in the whole text, comments and CDATA included: a statement never needs one, and refusing a harmless
 * mention costs less than parsing a declaration that expands an entity a billion times.
 */
const DECLARATIONS_REFUSED = /<!(DOCTYPE|ENTITY)/iu;

export type DecodedXml = { ok: true; text: string } | { ok: false; problem: StatementProblem };

function refused(problem: StatementProblem): DecodedXml {
  return { ok: false, problem };
}

/** What the bytes say they are: a byte order mark wins over the declaration, as XML 1.0 appendix F reads it. */
function encodingOf(bytes: Uint8Array): { label: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  // UTF-16 without a mark still opens with "<" and a zero byte.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return { label: 'utf-16le', skip: 0 };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { label: 'utf-16be', skip: 0 };
  // Every encoding a declaration may name is ASCII-compatible up to its end, so Latin-1 reads it faithfully.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  return { label: ENCODING_DECLARED.exec(head)?.[1] ?? 'utf-8', skip: 0 };
}

/**
 * The file's text, or the one problem that refuses it: too large (checked before anything else), an encoding that
 * cannot be read, or a DOCTYPE/ENTITY declaration (refused before the parser sees it).
 */
export function decodeCamtBytes(bytes: Uint8Array): DecodedXml {
  if (bytes.byteLength > CAMT_MAX_BYTES) {
    return refused(camtProblem('too_large', null, `${bytes.byteLength} bytes; limit ${CAMT_MAX_BYTES} bytes`));
  }
  const { label, skip } = encodingOf(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return refused(camtProblem('unknown_encoding', null, label));
  }
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(skip));
  } catch {
    return refused(camtProblem('bad_encoding', null, decoder.encoding));
  }
  if (text.trim() === '') return refused(camtProblem('empty_file', null, null));
  const declaration = DECLARATIONS_REFUSED.exec(text);
  if (declaration) return refused(camtProblem('doctype_refused', null, declaration[0]));
  return { ok: true, text };
}
