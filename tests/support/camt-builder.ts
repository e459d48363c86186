/**
 * Writes ISO 20022 camt.053 (statement) and camt.054 (notification) files in versions .001.02, .001.04 and .001.08
 * from one description, following each version's schema: the same statement in three versions must read the same.
 * Where the versions differ: .02 gives a detail's amount only in AmtDtls/TxAmt, .04 and .08 in TxDtls/Amt with
 * its CdtDbtInd; .08 wraps the status (Sts/Cd) and the parties (Dbtr/Pty/Nm).
 */
export type CamtVersion = '02' | '04' | '08';
export type CamtMessage = '053' | '054';
export type CamtSide = 'CRDT' | 'DBIT';

export interface CamtParty {
  name?: string;
  iban?: string;
}

export interface CamtTransactionSpec {
  /** Omitted: the detail has no amount of its own (a single payment often has none). */
  amount?: string;
  currency?: string;
  side?: CamtSide;
  acctSvcrRef?: string;
  endToEndId?: string;
  debtor?: CamtParty;
  creditor?: CamtParty;
  unstructured?: string[];
  reference?: { value: string; code?: 'SCOR'; proprietary?: string; issuer?: string };
}

export interface CamtEntrySpec {
  amount: string;
  /** null writes an Amt without its Ccy attribute. */
  currency?: string | null;
  side: CamtSide;
  status?: 'BOOK' | 'PDNG' | 'INFO';
  bookingDate?: string;
  /** Written as BookgDt/DtTm instead of BookgDt/Dt. */
  bookingDateTime?: string;
  valueDate?: string;
  acctSvcrRef?: string;
  additionalInfo?: string;
  batch?: { count: number; total?: string };
  transactions?: CamtTransactionSpec[];
}

export interface CamtBalanceSpec {
  code: 'OPBD' | 'PRCD' | 'CLBD' | 'CLAV';
  amount: string;
  currency?: string;
  side?: CamtSide;
  date: string;
}

export interface CamtStatementSpec {
  id: string;
  iban: string;
  currency: string;
  balances?: CamtBalanceSpec[];
  entries: CamtEntrySpec[];
}

export interface CamtFileSpec {
  message: CamtMessage;
  version: CamtVersion;
  statements: CamtStatementSpec[];
  /** Writes every element with this namespace prefix (c:Document) instead of a default namespace. */
  prefix?: string;
  /** Only written into the XML declaration: encoding the text is the caller's business. */
  encoding?: string;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Writes elements with the file's prefix; `null`/`undefined` children and empty arrays write nothing. */
class Writer {
  constructor(private readonly prefix: string) {}

  el(name: string, ...content: (string | null | undefined | false)[]): string {
    const inner = content.filter((part): part is string => typeof part === 'string').join('');
    return `<${this.prefix}${name}>${inner}</${this.prefix}${name}>`;
  }

  text(name: string, value: string | undefined): string | null {
    return value === undefined ? null : this.el(name, escape(value));
  }

  amount(name: string, value: string, currency: string | null | undefined): string {
    const ccy = currency === null || currency === undefined ? '' : ` Ccy="${escape(currency)}"`;
    return `<${this.prefix}${name}${ccy}>${escape(value)}</${this.prefix}${name}>`;
  }
}

function party(w: Writer, version: CamtVersion, role: string, spec: CamtParty | undefined): string | null {
  if (spec?.name === undefined) return null;
  const name = w.text('Nm', spec.name);
  return w.el(role, version === '08' ? w.el('Pty', name) : name);
}

function account(w: Writer, role: string, spec: CamtParty | undefined): string | null {
  return spec?.iban === undefined ? null : w.el(role, w.el('Id', w.text('IBAN', spec.iban)));
}

function remittance(w: Writer, tx: CamtTransactionSpec): string | null {
  const { unstructured = [], reference } = tx;
  if (unstructured.length === 0 && !reference) return null;
  const type =
    reference && (reference.code || reference.proprietary)
      ? w.el(
          'Tp',
          w.el('CdOrPrtry', w.text('Cd', reference.code), w.text('Prtry', reference.proprietary)),
          w.text('Issr', reference.issuer),
        )
      : null;
  const structured = reference ? w.el('Strd', w.el('CdtrRefInf', type, w.text('Ref', reference.value))) : null;
  return w.el('RmtInf', ...unstructured.map((line) => w.text('Ustrd', line)), structured);
}

function transaction(w: Writer, version: CamtVersion, entry: CamtEntrySpec, tx: CamtTransactionSpec): string {
  const refs =
    tx.acctSvcrRef !== undefined || tx.endToEndId !== undefined
      ? w.el('Refs', w.text('AcctSvcrRef', tx.acctSvcrRef), w.text('EndToEndId', tx.endToEndId))
      : null;
  const currency = tx.currency ?? entry.currency;
  const amount =
    tx.amount === undefined
      ? null
      : version === '02'
        ? w.el('AmtDtls', w.el('TxAmt', w.amount('Amt', tx.amount, currency)))
        : w.amount('Amt', tx.amount, currency) + w.text('CdtDbtInd', tx.side ?? entry.side);
  const parties = [
    party(w, version, 'Dbtr', tx.debtor),
    account(w, 'DbtrAcct', tx.debtor),
    party(w, version, 'Cdtr', tx.creditor),
    account(w, 'CdtrAcct', tx.creditor),
  ].filter((part) => part !== null);
  return w.el('TxDtls', refs, amount, parties.length > 0 && w.el('RltdPties', ...parties), remittance(w, tx));
}

function entry(w: Writer, version: CamtVersion, spec: CamtEntrySpec): string {
  const status = spec.status ?? 'BOOK';
  const booking =
    spec.bookingDateTime !== undefined
      ? w.el('BookgDt', w.text('DtTm', spec.bookingDateTime))
      : spec.bookingDate !== undefined && w.el('BookgDt', w.text('Dt', spec.bookingDate));
  const family = spec.side === 'CRDT' ? 'RCDT' : 'ICDT';
  const bankCode = w.el(
    'BkTxCd',
    w.el('Domn', w.text('Cd', 'PMNT'), w.el('Fmly', w.text('Cd', family), w.text('SubFmlyCd', 'ESCT'))),
  );
  const batch =
    spec.batch &&
    w.el(
      'Btch',
      w.text('NbOfTxs', String(spec.batch.count)),
      spec.batch.total !== undefined && w.amount('TtlAmt', spec.batch.total, spec.currency),
      spec.batch.total !== undefined && w.text('CdtDbtInd', spec.side),
    );
  const transactions = (spec.transactions ?? []).map((tx) => transaction(w, version, spec, tx));
  const details = (batch || transactions.length > 0) && w.el('NtryDtls', batch, ...transactions);
  return w.el(
    'Ntry',
    w.amount('Amt', spec.amount, spec.currency === undefined ? 'EUR' : spec.currency),
    w.text('CdtDbtInd', spec.side),
    version === '08' ? w.el('Sts', w.text('Cd', status)) : w.text('Sts', status),
    booking,
    spec.valueDate !== undefined && w.el('ValDt', w.text('Dt', spec.valueDate)),
    w.text('AcctSvcrRef', spec.acctSvcrRef),
    bankCode,
    details,
    w.text('AddtlNtryInf', spec.additionalInfo),
  );
}

function balance(w: Writer, spec: CamtBalanceSpec, currency: string): string {
  return w.el(
    'Bal',
    w.el('Tp', w.el('CdOrPrtry', w.text('Cd', spec.code))),
    w.amount('Amt', spec.amount, spec.currency ?? currency),
    w.text('CdtDbtInd', spec.side ?? 'CRDT'),
    w.el('Dt', w.text('Dt', spec.date)),
  );
}

export function camtXml(spec: CamtFileSpec): string {
  const prefix = spec.prefix ? `${spec.prefix}:` : '';
  const w = new Writer(prefix);
  const namespace = `urn:iso:std:iso:20022:tech:xsd:camt.${spec.message}.001.${spec.version}`;
  const [message, block] = spec.message === '053' ? ['BkToCstmrStmt', 'Stmt'] : ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'];
  const blocks = spec.statements.map((statement) =>
    w.el(
      block,
      w.text('Id', statement.id),
      w.text('CreDtTm', '2026-04-01T06:00:00+02:00'),
      w.el('Acct', w.el('Id', w.text('IBAN', statement.iban)), w.text('Ccy', statement.currency)),
      ...(statement.balances ?? []).map((b) => balance(w, b, statement.currency)),
      ...statement.entries.map((e) => entry(w, spec.version, { currency: statement.currency, ...e })),
    ),
  );
  const header = w.el(
    'GrpHdr',
    w.text('MsgId', `MSG-${spec.message}-${spec.version}`),
    w.text('CreDtTm', '2026-04-01T06:00:00+02:00'),
  );
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${namespace}"` : `xmlns="${namespace}"`;
  const document = `<${prefix}Document ${xmlns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${w.el(message, header, ...blocks)}</${prefix}Document>`;
  return `<?xml version="1.0" encoding="${spec.encoding ?? 'UTF-8'}"?>\n${document}\n`;
}
