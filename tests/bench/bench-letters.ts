// A temporary correspondence for the bench, until the large fixture has its own: 200,000 letters (15% in, about 3%
// returned or withheld, drafts) and 20,000 parcels over the vault's prisoners, a few of them getting most of the mail.
import type { Insertable } from 'kysely';
import type { LettersTable, ParcelsTable } from '../../db/schema';
import type { VaultDb } from '../../db/vault/vault-kysely';
import { addDays } from '../../shared/today';

const BATCH = 1000;

/** A small seeded generator, so every run measures the same letters. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function writeBenchLetters(
  db: VaultDb,
  today: string,
  sizes = { letters: 200_000, parcels: 20_000 },
): Promise<void> {
  const next = random(11);
  const prisoners = (await db.selectFrom('prisoners').select('id').orderBy('id').execute()).map((row) => row.id);
  // Cubing skews the pick: the first tenth of the prisoners gets about half of the mail.
  const somebody = () => prisoners[Math.floor(next() ** 3 * prisoners.length)] as number;
  const someDay = () => addDays(today, -Math.floor(next() * 3 * 365));
  const stamp = (day: string) => `${day}T10:00:00.000Z`;

  const letters: Insertable<LettersTable>[] = [];
  for (let i = 0; i < sizes.letters; i += 1) {
    const day = someDay();
    const roll = next();
    const base = { prisoner_id: somebody(), channel: 'post', created_at: stamp(day), updated_at: stamp(day) };
    if (roll < 0.15) {
      letters.push({ ...base, direction: 'in', status: 'received', received_on: day, dated_on: day });
    } else if (roll < 0.17) {
      letters.push({ ...base, direction: 'out', status: 'draft', written_on: day, dated_on: day });
    } else if (roll < 0.2) {
      const status = roll < 0.19 ? 'returned' : 'withheld';
      const handled = next() < 0.8 ? stamp(day) : null;
      letters.push({
        ...base,
        direction: 'out',
        status,
        sent_on: day,
        dated_on: day,
        issue_reason: 'moved',
        handled_at: handled,
      });
    } else {
      const status = roll < 0.8 ? 'sent' : 'acknowledged';
      letters.push({ ...base, direction: 'out', status, sent_on: day, dated_on: day });
    }
  }
  const statuses = ['prepared', 'sent', 'delivered', 'delivered', 'delivered', 'refused', 'returned', 'lost'];
  const parcels: Insertable<ParcelsTable>[] = [];
  for (let i = 0; i < sizes.parcels; i += 1) {
    const day = someDay();
    const status = statuses[Math.floor(next() * statuses.length)] as string;
    const issue = ['refused', 'returned', 'lost'].includes(status);
    parcels.push({
      prisoner_id: somebody(),
      status,
      prepared_on: day,
      dated_on: day,
      issue_reason: issue ? 'refused' : null,
      handled_at: issue && next() < 0.8 ? stamp(day) : null,
      created_at: stamp(day),
      updated_at: stamp(day),
    });
  }
  await db.transaction().execute(async (trx) => {
    await insertInBatches(letters, (batch) => trx.insertInto('letters').values(batch).execute());
    await insertInBatches(parcels, (batch) => trx.insertInto('parcels').values(batch).execute());
  });
}
