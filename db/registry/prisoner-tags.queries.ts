import type { TagRef } from '../../shared/registry/tags.schemas';
import { nameOrder, type RegistryDb } from './registry-db';

/**
 * Each prisoner's tags (every prisoner's, or only `prisonerIds`'), in name order (shared/name-order.ts), so the
 * detail, the export, the report and the search index read them one way. Prisoners without tags are absent.
 */
export async function tagsByPrisoner(db: RegistryDb, prisonerIds?: readonly number[]): Promise<Map<number, TagRef[]>> {
  let query = db
    .selectFrom('prisoner_tags as pt')
    .innerJoin('tags as t', 't.id', 'pt.tag_id')
    .select(['pt.prisoner_id', 't.id', 't.name']);
  if (prisonerIds !== undefined)
    query = query.where('pt.prisoner_id', 'in', prisonerIds.length > 0 ? [...prisonerIds] : [-1]);
  const byPrisoner = new Map<number, TagRef[]>();
  for (const row of await query.execute()) {
    const tags = byPrisoner.get(row.prisoner_id) ?? [];
    tags.push({ id: row.id, name: row.name });
    byPrisoner.set(row.prisoner_id, tags);
  }
  for (const tags of byPrisoner.values()) tags.sort((a, b) => nameOrder.compare(a.name, b.name) || a.id - b.id);
  return byPrisoner;
}

/** Each prisoner's tag names, in name order. */
export async function tagNamesByPrisoner(
  db: RegistryDb,
  prisonerIds?: readonly number[],
): Promise<Map<number, string[]>> {
  const byPrisoner = await tagsByPrisoner(db, prisonerIds);
  return new Map([...byPrisoner].map(([prisonerId, tags]) => [prisonerId, tags.map((tag) => tag.name)]));
}
