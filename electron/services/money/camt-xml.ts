import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * One parsed element, in the parser's ordered form: `{ Ntry: [...its children], ':@': { '@_Ccy': 'EUR' } }`, a
 * text node being `{ '#text': '...' }`. Every element is a list of children, so an element that repeats reads the
 * same as one that does not. The ordered form also spares the parser rebuilding the tree into plain objects, which
 * was a third of a large statement's time.
 */
export type XmlNode = { readonly [key: string]: unknown };

const ATTRIBUTES = ':@';
const TEXT = '#text';

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
  preserveOrder: true,
  // Callbacks get the parser's matcher rather than a path string built for every element.
  jPath: false,
  tagValueProcessor: (_name, value) => decodeXmlText(value),
  attributeValueProcessor: (_name, value) => decodeXmlText(value),
});

export type ParsedXml = { ok: true; roots: XmlNode[] } | { ok: false; detail: string };

/** Checks the text is well-formed (the parser alone reads a truncated file without a word) and parses it. */
export function parseXml(text: string): ParsedXml {
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) return { ok: false, detail: `line ${valid.err.line}: ${valid.err.msg}` };
    const roots: unknown = parser.parse(text);
    if (!Array.isArray(roots)) return { ok: false, detail: 'no element' };
    return { ok: true, roots: roots.filter((node): node is XmlNode => typeof node === 'object' && node !== null) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The element's name; undefined for a text node. */
export function nameOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES && key !== TEXT) return key;
  return undefined;
}

/** An element's children, text nodes included. */
export function elementsOf(node: XmlNode | undefined): XmlNode[] {
  if (node === undefined) return [];
  const name = nameOf(node);
  const content = name === undefined ? undefined : node[name];
  return Array.isArray(content) ? (content as XmlNode[]) : [];
}

/** Every `name` child, in file order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return elementsOf(node).filter((item) => Object.hasOwn(item, name));
}

/** The first `name` child (a hostile file may repeat what the schema allows once). */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return elementsOf(node).find((item) => Object.hasOwn(item, name));
}

/** Follows a path of first children: at(ntry, 'BookgDt', 'Dt'). */
export function at(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** An element's own text, trimmed; null when absent or empty. */
export function textOf(node: XmlNode | undefined): string | null {
  const text = elementsOf(node)
    .map((item) => item[TEXT])
    .filter((value): value is string => typeof value === 'string')
    .join('')
    .trim();
  return text === '' ? null : text;
}

export function attributeOf(node: XmlNode | undefined, name: string): string | null {
  const attributes = node?.[ATTRIBUTES];
  if (typeof attributes !== 'object' || attributes === null || !Object.hasOwn(attributes, `@_${name}`)) return null;
  const value: unknown = (attributes as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
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
