/**
 * Writes CSV statement files for tests the way banks' exports are laid out: preamble lines, a header, rows, in the
 * encoding, line ending and byte order mark chosen. Cells containing the delimiter, a quote or a line break are
 * quoted as RFC 4180 says. Windows-1252 is encoded here (TextEncoder writes only UTF-8): Latin-1 letters are their
 * own byte, and the few characters Windows-1252 adds in 0x80-0x9F have their table entry.
 */

export interface CsvSampleSpec {
  encoding: 'utf-8' | 'windows-1252';
  bom?: boolean;
  lineEnd?: '\r\n' | '\n';
  delimiter?: string;
  /** Lines written as they are before the header (already delimited). */
  preamble?: string[];
  header: string[];
  rows: string[][];
  /** Lines written as they are after the rows. */
  footer?: string[];
}

const WINDOWS_1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  Š: 0x8a,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  š: 0x9a,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const code = character.codePointAt(0) ?? 0;
    const extra = WINDOWS_1252_EXTRA[character];
    if (extra !== undefined) return extra;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`Not in Windows-1252: ${character}`);
  });
}

function quoted(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvText(spec: CsvSampleSpec): string {
  const delimiter = spec.delimiter ?? ';';
  const lines = [
    ...(spec.preamble ?? []),
    spec.header.map((cell) => quoted(cell, delimiter)).join(delimiter),
    ...spec.rows.map((row) => row.map((cell) => quoted(cell, delimiter)).join(delimiter)),
    ...(spec.footer ?? []),
  ];
  return lines.join(spec.lineEnd ?? '\r\n') + (spec.lineEnd ?? '\r\n');
}

export function csvBytes(spec: CsvSampleSpec): Uint8Array {
  const text = csvText(spec);
  const body = spec.encoding === 'utf-8' ? new TextEncoder().encode(text) : windows1252(text);
  return spec.bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}
