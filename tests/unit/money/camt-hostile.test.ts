import { describe, expect, it } from 'vitest';
import { CAMT_MAX_BYTES, readCamt } from '../../../electron/services/money/camt.read';
import type { CamtFileSpec } from '../../support/camt-builder';
import { camtXml } from '../../support/camt-builder';
import { MARCH, MARCH_READ } from './camt-sample';

const utf8 = (text: string) => new TextEncoder().encode(text);
const march = (more: Partial<CamtFileSpec> = {}) =>
  camtXml({ message: '053', version: '04', statements: [MARCH], ...more });
const codes = (bytes: Uint8Array) => readCamt(bytes).problems.map((problem) => problem.code);

/** Windows-1252, written by hand: Latin-1 below 0x100 except the C1 range, where 1252 puts € ‘ ’ “ ” – — and so on. */
const WINDOWS_1252_C1: Record<string, number> = { '€': 0x80, '‚': 0x82, '‘': 0x91, '’': 0x92, '–': 0x96, '—': 0x97 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.codePointAt(0) ?? 0;
    const byte = WINDOWS_1252_C1[character] ?? (code < 0x80 || (code >= 0xa0 && code < 0x100) ? code : undefined);
    if (byte === undefined) throw new Error(`not in windows-1252: ${character}`);
    return byte;
  });
}

describe('readCamt refuses hostile files with a problem, never an exception', () => {
  it('refuses a file larger than the cap before reading it', () => {
    const fifty = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const file = readCamt(fifty);
    expect(file).toEqual({
      format: 'camt',
      statements: [],
      problems: [{ code: 'too_large', at: null, detail: `${fifty.byteLength} bytes; limit ${CAMT_MAX_BYTES} bytes` }],
    });
  });

  it('refuses a truncated file as malformed, at any cut', () => {
    const whole = march();
    for (const cut of [0.1, 0.5, 0.9, 0.999]) {
      const file = readCamt(utf8(whole.slice(0, Math.floor(whole.length * cut))));
      expect(file.statements).toEqual([]);
      expect(file.problems.map((problem) => problem.code)).toEqual(['malformed_xml']);
    }
  });

  it('refuses an entity-expansion bomb before parsing, whatever the DOCTYPE’s case', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let level = 1; level < 10; level++) {
      lol.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    }
    const bomb = march().replace('<Document', `<!DOCTYPE Document [${lol.join('')}]>\n<Document`);
    const name = '<Nm>Léa Müller &amp; Fils</Nm>';
    expect(codes(utf8(bomb.replace(name, '<Nm>&lol9;</Nm>')))).toEqual(['doctype_refused']);
    expect(codes(utf8(bomb.replace('<!DOCTYPE', '<!doctype')))).toEqual(['doctype_refused']);
    // An ENTITY declaration without its DOCTYPE is refused too.
    expect(codes(utf8(march().replace('<Document', '<!ENTITY x "y"><Document')))).toEqual(['doctype_refused']);
  });

  it('leaves an undeclared entity reference as written: the parser expands nothing', () => {
    const xml = march().replace('<Nm>Léa Müller &amp; Fils</Nm>', '<Nm>&lol9; &nbsp;</Nm>');
    expect(readCamt(utf8(xml)).statements[0]?.entries[0]?.counterpartyName).toBe('&lol9; &nbsp;');
  });

  it('refuses nesting far deeper than any statement, without overflowing the stack', () => {
    const deep = `<Document>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Document>`;
    expect(codes(utf8(deep))).toEqual(['malformed_xml']);
  });

  it('says "not_camt" for XML that is not a statement, "malformed_xml" for text that is not XML', () => {
    const payment =
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>';
    expect(readCamt(utf8(payment)).problems).toEqual([
      { code: 'not_camt', at: null, detail: 'Document/CstmrCdtTrfInitn' },
    ]);
    expect(codes(utf8('<html><body>Relevé</body></html>'))).toEqual(['not_camt']);
    expect(codes(utf8('Date;Montant;Libellé\n01/03/2026;12,50;Don'))).toEqual(['malformed_xml']);
    expect(codes(utf8('<a/><b/>'))).toEqual(['malformed_xml']);
    expect(codes(utf8('  \n'))).toEqual(['empty_file']);
  });

  it('refuses versions it does not read and a statement under a notification’s namespace', () => {
    expect(readCamt(utf8(march().replace('camt.053.001.04', 'camt.053.001.06'))).problems).toEqual([
      { code: 'unsupported_version', at: null, detail: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.06' },
    ]);
    expect(codes(utf8(march().replace('camt.053.001.04', 'camt.054.001.04')))).toEqual(['unsupported_version']);
    expect(codes(utf8(march().replace(/ xmlns="[^"]*"/u, '')))).toEqual(['unsupported_version']);
  });

  it('refuses an amount without its currency, and reads the rest', () => {
    const statement = { ...MARCH, entries: [...MARCH.entries.slice(0, 1), { ...MARCH.entries[1]!, currency: null }] };
    const file = readCamt(utf8(camtXml({ message: '053', version: '08', statements: [statement] })));
    expect(file.problems).toEqual([{ code: 'missing_currency', at: 2, detail: 'Ntry/Amt: 31.50' }]);
    expect(file.statements[0]?.entries).toEqual(MARCH_READ.entries.slice(0, 1));
  });
});

describe('readCamt decodes the file as it declares itself', () => {
  it('reads a Windows-1252 file by its XML declaration', () => {
    const bytes = windows1252(march({ encoding: 'windows-1252' }).replace('Soutien mars', 'Soutien – 5 € ‘mars’'));
    const file = readCamt(bytes);
    expect(file.problems).toEqual([]);
    expect(file.statements[0]?.entries[0]?.counterpartyName).toBe('Léa Müller & Fils');
    expect(file.statements[0]?.entries[0]?.text).toBe('Soutien – 5 € ‘mars’ pour le fonds juridique');
  });

  it('reads UTF-8 with a byte order mark, and UTF-16 by its mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(march())]);
    expect(readCamt(bom).statements).toEqual([MARCH_READ]);
    const text = march({ encoding: 'UTF-16' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) {
      utf16[2 + index * 2] = text.charCodeAt(index) & 0xff;
      utf16[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    expect(readCamt(utf16).statements).toEqual([MARCH_READ]);
  });

  it('refuses an encoding it does not know, and bytes that are not what the file declares', () => {
    expect(readCamt(utf8(march({ encoding: 'x-klingon' }))).problems).toEqual([
      { code: 'unknown_encoding', at: null, detail: 'x-klingon' },
    ]);
    // "Müller" in Latin-1 bytes, in a file that says (by default) it is UTF-8.
    expect(codes(windows1252(march()))).toEqual(['bad_encoding']);
  });
});
