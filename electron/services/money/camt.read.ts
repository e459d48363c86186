import type { StatementFile, StatementProblem } from '../../../shared/money/statement.types';
import { decodeCamtBytes } from './camt-decode';
import { camtProblem } from './camt-problems';
import type { EntryCounter } from './camt-statement';
import { readStatement } from './camt-statement';
import { child, children, elementsOf, nameOf, parseXml, rootNamespace } from './camt-xml';

export { CAMT_MAX_BYTES } from './camt-decode';

/** The two messages, by the element under Document, and the repeating block each holds. */
const MESSAGES = {
  '053': { message: 'BkToCstmrStmt', block: 'Stmt' },
  '054': { message: 'BkToCstmrDbtCdtNtfctn', block: 'Ntfctn' },
} as const;

const KINDS = new Map<string, '053' | '054'>([
  [MESSAGES['053'].message, '053'],
  [MESSAGES['054'].message, '054'],
]);
const VERSIONS_READ = new Set(['02', '04', '08']);
const CAMT_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.(05[34])\.001\.(\d{2})$/u;

/** A file refused whole; its format is only known to be meant as camt. */
function refused(problem: StatementProblem): StatementFile {
  return { format: 'camt', statements: [], problems: [problem] };
}

function readCamtText(text: string): StatementFile {
  const parsed = parseXml(text);
  if (!parsed.ok) return refused(camtProblem('malformed_xml', null, parsed.detail));
  const [document, ...others] = parsed.roots;
  if (!document || others.length > 0) return refused(camtProblem('malformed_xml', null, 'not exactly one root'));
  const rootName = nameOf(document) ?? '';
  const messageName =
    elementsOf(document)
      .map(nameOf)
      .find((name) => name !== undefined) ?? '';
  const kind = rootName !== 'Document' ? undefined : KINDS.get(messageName);
  if (kind === undefined) return refused(camtProblem('not_camt', null, `${rootName}/${messageName}`));

  const namespace = rootNamespace(text);
  const version = CAMT_NAMESPACE.exec(namespace ?? '');
  if (!version || version[1] !== kind || !VERSIONS_READ.has(version[2] ?? '')) {
    return refused(camtProblem('unsupported_version', null, namespace ?? `${messageName} without a namespace`));
  }
  const format = `camt.${kind}.001.${version[2]}`;
  const problems: StatementProblem[] = [];
  const counter: EntryCounter = { next: 1 };
  const blocks = children(child(document, MESSAGES[kind].message), MESSAGES[kind].block);
  const statements = blocks.map((block, index) => readStatement(block, index + 1, counter, problems));
  return { format, statements, problems };
}

/**
 * Reads an ISO 20022 bank statement (camt.053) or notification (camt.054), versions .001.02, .001.04 and .001.08,
 * from the file's bytes. Never throws: a file that cannot be read at all comes back with no statements and the
 * problem that refused it; one with unreadable entries comes back with the others and a problem for each.
 */
export function readCamt(bytes: Uint8Array): StatementFile {
  try {
    const decoded = decodeCamtBytes(bytes);
    return decoded.ok ? readCamtText(decoded.text) : refused(decoded.problem);
  } catch (error) {
    // Nothing above should throw; if something does, the file is refused in the same words as a broken one.
    return refused(camtProblem('malformed_xml', null, error instanceof Error ? error.message : String(error)));
  }
}
