import { sql, type SqlBool } from 'kysely';
import { attentionKinds, DRAFT_AGE_DAYS, type DashboardCounts } from '../../shared/dashboard/dashboard.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { attentionPrisoners, settingDays } from './attention.queries';
import { addDays } from './dashboard-dates';

type CountKey = Exclude<keyof DashboardCounts, 'hasPrisoners' | 'noLetterDays' | 'replyWindowDays'>;

/**
 * One query per count, each answering `{ n }`. The letter and parcel counts match the partial indexes of migration
 * 007 (letters_open_issues, parcels_open_issues, letters_drafts) term for term, which is what lets SQLite use them.
 * Exported for the test that reads each one's plan.
 */
export function dashboardCountQueries(db: RegistryDb, today: string) {
  const prisonerCounts = Object.fromEntries(
    attentionKinds.map((kind) => [
      kind,
      db.selectFrom(attentionPrisoners(db, kind, today).as('x')).select((eb) => eb.fn.countAll<number>().as('n')),
    ]),
  ) as Record<(typeof attentionKinds)[number], ReturnType<typeof countOf>>;
  function countOf() {
    return db.selectFrom('letters').select((eb) => eb.fn.countAll<number>().as('n'));
  }
  return {
    ...prisonerCounts,
    letterIssues: countOf().where(sql<SqlBool>`status in ('returned', 'withheld') and handled_at is null`),
    parcelIssues: db
      .selectFrom('parcels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql<SqlBool>`status in ('refused', 'returned', 'lost') and handled_at is null`),
    // created_at is a UTC timestamp: compared with a day, it is "started before that day began".
    oldDrafts: countOf()
      .where(sql<SqlBool>`status = 'draft'`)
      .where('created_at', '<', addDays(today, -DRAFT_AGE_DAYS)),
  } satisfies Record<CountKey, unknown>;
}

/** Every count of the dashboard as of `today` (the caller's local date, shared/today.ts). */
export async function dashboardCounts(db: RegistryDb, today: string): Promise<DashboardCounts> {
  const queries = dashboardCountQueries(db, today);
  const counts = {} as Record<CountKey, number>;
  for (const [key, query] of Object.entries(queries) as [CountKey, (typeof queries)[CountKey]][]) {
    counts[key] = Number((await query.executeTakeFirstOrThrow()).n);
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
