import { sql, type Selectable } from 'kysely';
import { AppError } from '../../shared/errors';
import type { BankLine, BankLineStatus } from '../../shared/money/bank.schemas';
import type { BankLinesTable } from '../schema';
import type { RegistryDb } from '../registry/registry-db';
import { getLedgerLock } from './ledger-lock.queries';

type LineRow = Selectable<BankLinesTable> & { detail_count: number };

function selectLines(db: RegistryDb) {
  return db
    .selectFrom('bank_lines as l')
    .selectAll('l')
    .select(sql<number>`(select count(*) from bank_lines d where d.batch_line_id = l.id)`.as('detail_count'));
}

function toLine(row: LineRow, lockedThrough: string | null): BankLine {
  return {
    id: row.id,
    accountId: row.account_id,
    importId: row.import_id,
    bookedOn: row.booked_on,
    valueOn: row.value_on,
    amountMinor: row.amount_minor,
    currency: row.currency,
    bankReference: row.bank_reference,
    endToEndId: row.end_to_end_id,
    payerName: row.payer_name,
    payerIban: row.payer_iban,
    payerKnown: row.payer_iban_hash !== null,
    text: row.remittance,
    reference:
      row.reference_kind !== null && row.reference_value !== null
        ? { kind: row.reference_kind as 'be' | 'rf' | 'qrr', value: row.reference_value }
        : null,
    inFileDuplicate: row.in_file_duplicate === 1,
    batchLineId: row.batch_line_id,
    detailCount: row.detail_count,
    status: row.status as BankLineStatus,
    transactionId: row.transaction_id,
    locked: lockedThrough !== null && row.booked_on <= lockedThrough,
  };
}

/** One bank line as the window shows it; NOT_FOUND when there is none. */
export async function getBankLine(db: RegistryDb, id: number): Promise<BankLine> {
  const row = await selectLines(db).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such bank line');
  return toLine(row, (await getLedgerLock(db)).lockedThrough);
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|(\d{1,16})$/u;

/** A page of an account's lines, newest first (booked date, then id), after `cursor`; counts per status. */
export async function listBankLines(
  db: RegistryDb,
  filter: { accountId: number; status?: BankLineStatus; cursor?: string; limit: number },
): Promise<{ lines: BankLine[]; nextCursor: string | null; counts: Record<BankLineStatus, number> }> {
  let query = selectLines(db).where('l.account_id', '=', filter.accountId);
  if (filter.status) query = query.where('l.status', '=', filter.status);
  const after = filter.cursor ? CURSOR.exec(filter.cursor) : null;
  if (after) query = query.where(sql<boolean>`(l.booked_on, l.id) < (${after[1]}, ${Number(after[2])})`);
  const rows = await query
    .orderBy('l.booked_on', 'desc')
    .orderBy('l.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const lockedThrough = (await getLedgerLock(db)).lockedThrough;
  const grouped = await db
    .selectFrom('bank_lines')
    .select(['status', sql<number>`count(*)`.as('n')])
    .where('account_id', '=', filter.accountId)
    .groupBy('status')
    .execute();
  const counts = { open: 0, reconciled: 0, ignored: 0 };
  for (const g of grouped) counts[g.status as BankLineStatus] = g.n;
  return {
    lines: page.map((row) => toLine(row, lockedThrough)),
    nextCursor: rows.length > filter.limit && last ? `${last.booked_on}|${last.id}` : null,
    counts,
  };
}

export async function listBankImports(db: RegistryDb, accountId: number) {
  const rows = await db
    .selectFrom('bank_imports')
    .select([
      'id',
      'account_id',
      'file_name',
      'format',
      'entries',
      'imported',
      'duplicates',
      'imported_at',
      'by_member_id',
      sql<number>`raw_file is not null`.as('kept'),
    ])
    .where('account_id', '=', accountId)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    fileName: row.file_name,
    format: row.format,
    entries: row.entries,
    imported: row.imported,
    duplicates: row.duplicates,
    importedAt: row.imported_at,
    byMemberId: row.by_member_id,
    fileKept: row.kept === 1,
  }));
}
