import type { Kysely } from 'kysely';
import { importMapping, type ImportMapping } from '../../shared/import-export/import-export.schemas';
import type { Database } from '../schema';
import { getVaultSetting, setVaultSetting } from './settings.queries';

/**
 * The column mapping last used for a spreadsheet, inside the vault, under a hash of its folded header row: the next
 * file with the same headers (next month's export of the same spreadsheet) opens with it. Only the hash and column
 * numbers are kept, never a header or a cell.
 */
const settingKey = (headerKey: string) => `importMapping:${headerKey}`;

/** The remembered mapping, if any and if it still fits a file of `columns` columns. */
export async function rememberedMapping(
  db: Kysely<Database>,
  headerKey: string,
  columns: number,
): Promise<ImportMapping | null> {
  const parsed = importMapping.safeParse(await getVaultSetting<unknown>(db, settingKey(headerKey)));
  if (!parsed.success || Object.values(parsed.data).some((column) => column >= columns)) return null;
  return parsed.data;
}

export async function rememberMapping(db: Kysely<Database>, headerKey: string, mapping: ImportMapping): Promise<void> {
  await setVaultSetting(db, settingKey(headerKey), mapping);
}
