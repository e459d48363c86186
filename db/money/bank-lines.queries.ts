import { sql } from 'kysely';
import type { ImportNameChoice } from '../../shared/money/money-values';
import { mustExist, type RegistryDb } from '../registry/registry-db';

/** What an import needs to know of the account it writes into. */
export interface ImportAccount {
  id: number;
  currency: string;
  iban: string | null;
  openingMinor: number;
  openingOn: string;
  importNames: ImportNameChoice;
}

export async function importAccount(db: RegistryDb, accountId: number): Promise<ImportAccount> {
  const row = await db
    .selectFrom('accounts')
    .select(['id', 'currency', 'iban', 'opening_minor', 'opening_on', 'import_names'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  const account = mustExist(row, 'Account');
  return {
    id: account.id,
    currency: account.currency,
    iban: account.iban,
    openingMinor: account.opening_minor,
    openingOn: account.opening_on,
    importNames: account.import_names as ImportNameChoice,
  };
}

export async function fileAlreadyImported(db: RegistryDb, accountId: number, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom('bank_imports')
    .select('id')
    .where('account_id', '=', accountId)
    .where('file_sha256', '=', sha256)
    .executeTakeFirst();
  return row !== undefined;
}

const KEYS_PER_QUERY = 1_000;

/** Which of `keys` the account's lines already have (one JSON parameter per chunk: no bound-parameter limit). */
export async function existingDedupeKeys(db: RegistryDb, accountId: number, keys: readonly string[]) {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const chunk = JSON.stringify(keys.slice(start, start + KEYS_PER_QUERY));
    const rows = await db
      .selectFrom('bank_lines')
      .select('dedupe_key')
      .where('account_id', '=', accountId)
      .where('dedupe_key', 'in', sql<string>`(select value from json_each(${chunk}))`)
      .execute();
    for (const row of rows) found.add(row.dedupe_key);
  }
  return found;
}

/** A dated movement of the account's bank balance (a line that is not a batch's detail). */
export interface BalanceMovement {
  bookedOn: string;
  amountMinor: number;
}

/**
 * The account's bank balance as its lines tell it: the opening balance plus every line booked before `day` (or on it
 * too, `through`), details left out (their total counts). `knownOn` is the last such line's date, else the opening's.
 */
export async function bankBalanceAt(
  db: RegistryDb,
  account: ImportAccount,
  day: string,
  through: boolean,
): Promise<{ minor: number; knownOn: string }> {
  const row = await db
    .selectFrom('bank_lines')
    .select([sql<number>`coalesce(sum(amount_minor), 0)`.as('sum'), sql<string | null>`max(booked_on)`.as('last')])
    .where('account_id', '=', account.id)
    .where('batch_line_id', 'is', null)
    .where('booked_on', through ? '<=' : '<', day)
    .executeTakeFirstOrThrow();
  return { minor: account.openingMinor + row.sum, knownOn: row.last ?? account.openingOn };
}

/** The total line a camt.054 entry explains: by the bank's reference, else by the same amount on the same day. */
export async function findBatchTotal(
  db: RegistryDb,
  accountId: number,
  entry: { bankReference: string | null; amountMinor: number; bookedOn: string },
): Promise<{ id: number; dedupeKey: string } | null> {
  const base = db
    .selectFrom('bank_lines')
    .select(['id', 'dedupe_key'])
    .where('account_id', '=', accountId)
    .where('batch_line_id', 'is', null)
    .where('amount_minor', '=', entry.amountMinor);
  if (entry.bankReference !== null) {
    const byReference = await base.where('bank_reference', '=', entry.bankReference).executeTakeFirst();
    if (byReference) return { id: byReference.id, dedupeKey: byReference.dedupe_key };
  }
  const byDay = await base.where('booked_on', '=', entry.bookedOn).orderBy('id').executeTakeFirst();
  return byDay ? { id: byDay.id, dedupeKey: byDay.dedupe_key } : null;
}

/** One line as the import writes it; `details` are written after it, pointing at it. */
export interface LineToWrite {
  dedupeKey: string;
  bookedOn: string;
  valueOn: string | null;
  amountMinor: number;
  currency: string;
  bankReference: string | null;
  endToEndId: string | null;
  inFileDuplicate: boolean;
  payerName: string | null;
  payerIban: string | null;
  payerIbanHash: string | null;
  remittance: string | null;
  reference: { kind: string; value: string } | null;
  /** A detail of a total already in the vault (camt.054). */
  batchLineId: number | null;
  details: LineToWrite[];
}

function lineValues(line: LineToWrite, accountId: number, importId: number, batchLineId: number | null, now: string) {
  return {
    account_id: accountId,
    import_id: importId,
    booked_on: line.bookedOn,
    value_on: line.valueOn,
    amount_minor: line.amountMinor,
    currency: line.currency,
    bank_reference: line.bankReference,
    end_to_end_id: line.endToEndId,
    dedupe_key: line.dedupeKey,
    in_file_duplicate: line.inFileDuplicate ? (1 as const) : (0 as const),
    payer_name: line.payerName,
    payer_iban: line.payerIban,
    payer_iban_hash: line.payerIbanHash,
    remittance: line.remittance,
    reference_kind: line.reference?.kind ?? null,
    reference_value: line.reference?.value ?? null,
    batch_line_id: batchLineId,
    created_at: now,
  };
}

const ROWS_PER_INSERT = 100;

/**
 * Writes the lines of one import, totals before their details, in statements of ROWS_PER_INSERT rows; `between`
 * runs after each statement (progress, a turn of the event loop so a lock can end the import). Returns how many
 * details were written.
 */
export async function insertBankLines(
  db: RegistryDb,
  target: { accountId: number; importId: number; now: string },
  lines: readonly LineToWrite[],
  between: (written: number) => Promise<void>,
): Promise<void> {
  const { accountId, importId, now } = target;
  let written = 0;
  let batch: ReturnType<typeof lineValues>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await db.insertInto('bank_lines').values(batch).execute();
    written += batch.length;
    batch = [];
    await between(written);
  };
  for (const line of lines) {
    if (line.details.length === 0) {
      batch.push(lineValues(line, accountId, importId, line.batchLineId, now));
      if (batch.length >= ROWS_PER_INSERT) await flush();
      continue;
    }
    await flush();
    const total = await db
      .insertInto('bank_lines')
      .values(lineValues(line, accountId, importId, line.batchLineId, now))
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('bank_lines')
      .values(line.details.map((detail) => lineValues(detail, accountId, importId, total.id, now)))
      .execute();
    written += 1 + line.details.length;
    await between(written);
  }
  await flush();
}
