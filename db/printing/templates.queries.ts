import type { z } from 'zod';
import { labelSheet, type LabelSheetData, type labelTemplateInput } from '../../shared/printing/printing.schemas';
import type { LabelTemplatesTable } from '../schema';
import { nameOrder, timestampNow, type RegistryDb } from '../registry/registry-db';
import type { Selectable } from 'kysely';

export type LabelTemplateData = z.output<typeof labelTemplateInput>;

const CUSTOM_PREFIX = 'custom:';

/** `custom:12` names the vault's template 12; null for anything else (a catalogue code, a malformed id). */
export function templateRowId(sheetId: string): number | null {
  if (!sheetId.startsWith(CUSTOM_PREFIX)) return null;
  const n = Number(sheetId.slice(CUSTOM_PREFIX.length));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function sheetFromRow(row: Selectable<LabelTemplatesTable>): LabelSheetData {
  // Parsed on read: the geometry is JSON, and what the engine lays out must have every field.
  return labelSheet.parse({ ...JSON.parse(row.geometry), id: `${CUSTOM_PREFIX}${row.id}`, name: row.name });
}

function geometryJson(data: LabelTemplateData): string {
  const { name: _name, ...geometry } = data;
  return JSON.stringify(geometry);
}

export async function listTemplates(db: RegistryDb): Promise<LabelSheetData[]> {
  const rows = await db.selectFrom('label_templates').selectAll().execute();
  return rows.map(sheetFromRow).sort((a, b) => nameOrder.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export async function findTemplate(db: RegistryDb, sheetId: string): Promise<LabelSheetData | undefined> {
  const id = templateRowId(sheetId);
  if (id === null) return undefined;
  const row = await db.selectFrom('label_templates').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? sheetFromRow(row) : undefined;
}

export async function insertTemplate(db: RegistryDb, data: LabelTemplateData): Promise<string> {
  const now = timestampNow();
  const { id } = await db
    .insertInto('label_templates')
    .values({ name: data.name, geometry: geometryJson(data), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return `${CUSTOM_PREFIX}${id}`;
}

export async function updateTemplate(db: RegistryDb, sheetId: string, data: LabelTemplateData): Promise<boolean> {
  const id = templateRowId(sheetId);
  if (id === null) return false;
  const result = await db
    .updateTable('label_templates')
    .set({ name: data.name, geometry: geometryJson(data), updated_at: timestampNow() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteTemplate(db: RegistryDb, sheetId: string): Promise<boolean> {
  const id = templateRowId(sheetId);
  if (id === null) return false;
  const result = await db.deleteFrom('label_templates').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
