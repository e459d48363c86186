import { sql, type CompiledQuery, type RawBuilder } from 'kysely';
import { attentionKinds, DRAFT_AGE_DAYS, type DashboardCounts } from '../../shared/dashboard/dashboard.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { attentionPrisoners, mailAttentionPrisoners, settingDays } from './attention.queries';
import { addDays } from '../../shared/today';

/** The money section's count is the ledger's (db/money: its periods are computed, not a range of an index). */
type LedgerCounts = 'standingOrdersLate';
type CountKey = Exclude<keyof DashboardCounts, 'hasPrisoners' | 'noLetterDays' | 'replyWindowDays' | LedgerCounts>;

/**
 * One query per count, each answering `{ n }`, compiled. The letter and parcel counts name the partial index that
 * holds exactly their rows and the columns they read (migration 010's letters_unhandled and parcels_unhandled, 007's
 * letters_drafts): counted there, no row of the table is read. Exported for the test that reads each one's plan.
 */
export function dashboardCountQueries(db: RegistryDb, today: string): Record<CountKey, CompiledQuery<{ n: number }>> {
  const prisonerCounts = Object.fromEntries(
    attentionKinds.map((kind) => [
      kind,
      db
        // The two counts about letters are ranges of prisoner_attention, counted there without a prisoner row.
        .selectFrom(
          (kind === 'repliesOverdue' || kind === 'noLetter'
            ? mailAttentionPrisoners(db, kind, today)
            : attentionPrisoners(db, kind, today)
          ).as('x'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .compile(),
    ]),
  ) as Record<(typeof attentionKinds)[number], CompiledQuery<{ n: number }>>;
  const raw = (query: RawBuilder<{ n: number }>) => query.compile(db);
  return {
    ...prisonerCounts,
    letterIssues: raw(sql`select count(*) as n from letters indexed by letters_unhandled
      where status in ('returned', 'withheld') and handled_at is null`),
    parcelIssues: raw(sql`select count(*) as n from parcels indexed by parcels_unhandled
      where status in ('refused', 'returned', 'lost') and handled_at is null`),
    // created_at is a UTC timestamp: compared with a day, it is "started before that day began".
    oldDrafts: raw(sql`select count(*) as n from letters indexed by letters_drafts
      where status = 'draft' and created_at < ${addDays(today, -DRAFT_AGE_DAYS)}`),
  };
}

/** Every count of the dashboard as of `today` (the caller's local date, shared/today.ts). */
export async function dashboardCounts(db: RegistryDb, today: string): Promise<Omit<DashboardCounts, LedgerCounts>> {
  const counts = {} as Record<CountKey, number>;
  for (const [key, query] of Object.entries(dashboardCountQueries(db, today)) as [
    CountKey,
    CompiledQuery<{ n: number }>,
  ][]) {
    const { rows } = await db.executeQuery(query);
    counts[key] = Number(rows[0]?.n ?? 0);
  }
  const settings = await db
    .selectNoFrom([
      settingDays('noLetterDays').as('noLetterDays'),
      settingDays('replyWindowDays').as('replyWindowDays'),
      sql<number>`exists (select 1 from prisoners)`.as('hasPrisoners'),
    ])
    .executeTakeFirstOrThrow();
  return {
    ...counts,
    hasPrisoners: settings.hasPrisoners === 1,
    noLetterDays: Number(settings.noLetterDays),
    replyWindowDays: Number(settings.replyWindowDays),
  };
}
