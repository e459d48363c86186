import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed element: text for a leaf without attributes, otherwise its children, `#text` and `@_` attributes. */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

/**
 * Elements the camt.053/.054 schemas (.001.02/.04/.08) let repeat where this reader looks: always arrays, so one
 * occurrence reads like many.
 */
const REPEATABLE = new Set(['Stmt', 'Ntfctn', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlTxInf']);

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gu;

/**
 * The five predefined entities and character references, decoded in one pass. The parser's own entity processing is
 * off: with no DOCTYPE allowed there is nothing else to expand, and one pass cannot expand anything twice.
 */
export function decodeXmlText(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (whole, name: string) => {
    if (!name.startsWith('#')) return PREDEFINED[name] ?? whole;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Amounts, references and IBANs stay text exactly as written: a number parser would round 0.1 or drop zeros.
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATABLE.has(name),
  tagValueProcessor: (_name, value) => decodeXmlText(value),
  attributeValueProcessor: (_name, value) => decodeXmlText(value),
});

export type ParsedXml = { ok: true; document: Record<string, XmlNode | XmlNode[]> } | { ok: false; detail: string };

/** Checks the text is well-formed (the parser alone reads a truncated file without a word) and parses it. */
export function parseXml(text: string): ParsedXml {
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) return { ok: false, detail: `line ${valid.err.line}: ${valid.err.msg}` };
    const document: unknown = parser.parse(text);
    if (typeof document !== 'object' || document === null) return { ok: false, detail: 'no element' };
    return { ok: true, document: document as Record<string, XmlNode | XmlNode[]> };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The first `name` child (a hostile file may repeat what the schema allows once). */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const value = node[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every `name` child, in file order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Follows a path of first children: at(ntry, 'BookgDt', 'Dt'). */
export function at(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** An element's text, trimmed; null when absent or empty. */
export function textOf(node: XmlNode | undefined): string | null {
  const value = typeof node === 'object' ? child(node, '#text') : node;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function attributeOf(node: XmlNode | undefined, name: string): string | null {
  return typeof node === 'object' ? textOf(child(node, `@_${name}`)) : null;
}

const NAMESPACE_ATTRIBUTE = /\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/gu;

/** The root element's start tag: past the declaration, comments and processing instructions (DOCTYPE was refused). */
function rootTag(text: string): string | null {
  let index = 0;
  for (;;) {
    index = text.indexOf('<', index);
    if (index < 0) return null;
    const close = text.startsWith('<!--', index) ? '-->' : text.startsWith('<?', index) ? '?>' : null;
    if (close === null) break;
    index = text.indexOf(close, index);
    if (index < 0) return null;
  }
  const end = text.indexOf('>', index);
  return end < 0 ? null : text.slice(index, end + 1);
}

/** The namespace of the root element, which gives the message and its version (the parser drops xmlns attributes). */
export function rootNamespace(text: string): string | null {
  const tag = rootTag(text);
  if (tag === null) return null;
  const name = /^<([^\s/>]+)/u.exec(tag)?.[1] ?? '';
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined;
  for (const declared of tag.matchAll(NAMESPACE_ATTRIBUTE)) {
    if (declared[1] === prefix) return declared[2] ?? null;
  }
  return null;
}
