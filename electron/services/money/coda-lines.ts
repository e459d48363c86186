/**
 * Cutting a CODA file into its 128-character records without ever holding more than one record as text: a file
 * that is not CODA (a 50 MB download, a PDF) is refused at its first line, having looked at no more than a record's
 * worth of bytes. CODA is Latin-1 in practice (Windows-1252 is the web's name for it); a record that is only 128
 * characters once read as UTF-8 is read that way, since a few exports re-encode the file.
 */
export const CODA_RECORD_LENGTH = 128;

/**
 * A record in UTF-8 at its longest (4 bytes a character), its CR and its LF: a longer line is refused without
 * searching further for its end.
 */
export const MAX_LINE_BYTES = CODA_RECORD_LENGTH * 4 + 2;
const LF = 0x0a;
const CR = 0x0d;
/** Bytes a file may end with after its last record: line breaks, blanks, and the old DOS end-of-file mark. */
const TRAILING_NOISE = new Set([LF, CR, 0x20, 0x1a]);

export type CodaLine =
  | { kind: 'record'; line: number; text: string }
  /** `length` in bytes; null when no line end comes within MAX_LINE_BYTES. */
  | { kind: 'bad_length'; line: number; offset: number; length: number | null };

const latin1 = new TextDecoder('windows-1252');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeRecord(bytes: Uint8Array): string | null {
  if (bytes.length === CODA_RECORD_LENGTH) return latin1.decode(bytes);
  try {
    const text = strictUtf8.decode(bytes);
    return text.length === CODA_RECORD_LENGTH ? text : null;
  } catch {
    return null;
  }
}

function onlyTrailingNoise(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) if (!TRAILING_NOISE.has(bytes[i] ?? 0)) return false;
  return true;
}

/** The file's records in order; the first line of another length ends the walk (the reader refuses the file). */
export function* codaLines(bytes: Uint8Array): Generator<CodaLine> {
  let offset = 0;
  let line = 1;
  while (offset < bytes.length) {
    if (onlyTrailingNoise(bytes, offset)) return;
    const window = bytes.subarray(offset, Math.min(bytes.length, offset + MAX_LINE_BYTES + 1));
    const lf = window.indexOf(LF);
    if (lf === -1 && window.length > MAX_LINE_BYTES) {
      yield { kind: 'bad_length', line, offset, length: null };
      return;
    }
    const end = lf === -1 ? window.length : lf;
    const content = window.subarray(0, end > 0 && window[end - 1] === CR ? end - 1 : end);
    const text = decodeRecord(content);
    if (text === null) {
      yield { kind: 'bad_length', line, offset, length: content.length };
      return;
    }
    yield { kind: 'record', line, text };
    offset += lf === -1 ? window.length : lf + 1;
    line += 1;
  }
}
