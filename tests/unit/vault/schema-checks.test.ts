import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations as shipped, MIGRATION_TABLE } from '../../../db/migrations';
import type { SqliteDatabase } from '../../../db/vault/sqlite';
import { facilityKinds } from '../../../shared/registry/facilities.schemas';
import { memberRoles } from '../../../shared/registry/members.schemas';
import { prisonerStatuses } from '../../../shared/registry/prisoners.schemas';
import { stayEndReasons, stayStartReasons } from '../../../shared/registry/stays.schemas';
import { PASSPHRASE } from '../../support/cheap-kdf';
import {
  BAD_DATES,
  BAD_TIMESTAMPS,
  GOOD_DATES,
  GOOD_TIMESTAMPS,
  NOT_FLAGS,
  NOW,
  allowedBy,
  expectChecked,
  insert,
  onCheckedVault,
  tryInsert,
  values,
  type Row,
} from '../../support/check-constraints';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, lockedVault, rawConnection, session } from '../../support/vault-fixture';

/** A valid row of each constrained table; `prisoner_id` and `facility_id` 1 exist in the vault under test. */
const VALID: Record<string, Row> = {
  settings: { key: 'someSetting', value: '{"on":true}' },
  facilities: {
    name: 'Prison',
    kind: 'prison',
    country: 'FR',
    city: 'Lyon',
    rules: '{}',
    created_at: NOW,
    updated_at: NOW,
  },
  prisoners: { family_name: 'Yılmaz', sort_name: 'yilmaz', status: 'unknown', created_at: NOW, updated_at: NOW },
  stays: { prisoner_id: 1, facility_id: 1, from_date: '2024-01-01', start_reason: 'arrest' },
  members: { pseudonym: 'Camille' },
  label_templates: { name: 'Planche', geometry: '{"columns":3}', created_at: NOW, updated_at: NOW },
};

/** One column: changes to its table's valid row that the vault must accept, and changes it must refuse. */
interface ColumnCase {
  table: string;
  column: string;
  good: Row[];
  bad: Row[];
}
const cases: ColumnCase[] = [
  {
    table: 'settings',
    column: 'value',
    good: values('value', ['"Collectif"', 'null', '[1]']),
    bad: values('value', ['Collectif', '']),
  },
  {
    table: 'facilities',
    column: 'kind',
    good: values('kind', facilityKinds),
    bad: values('kind', ['Prison', 'jail', '', ' prison']),
  },
  {
    table: 'facilities',
    column: 'country',
    good: values('country', ['FR', 'GR']),
    bad: values('country', ['fr', 'FRA', 'F1', '']),
  },
  {
    table: 'facilities',
    column: 'rules',
    good: values('rules', ['{}', '{"lettersAllowed":true}']),
    bad: values('rules', ['[]', 'null', '{oops']),
  },
  { table: 'facilities', column: 'archived', good: values('archived', [0, 1]), bad: values('archived', NOT_FLAGS) },
  {
    table: 'facilities',
    column: 'created_at',
    good: values('created_at', GOOD_TIMESTAMPS),
    bad: values('created_at', BAD_TIMESTAMPS),
  },
  {
    table: 'facilities',
    column: 'updated_at',
    good: values('updated_at', GOOD_TIMESTAMPS),
    bad: values('updated_at', BAD_TIMESTAMPS),
  },
  {
    table: 'prisoners',
    column: 'status',
    good: values('status', prisonerStatuses),
    bad: values('status', ['free', 'Pretrial', '']),
  },
  {
    table: 'prisoners',
    column: 'date_of_birth',
    good: values('date_of_birth', [null, ...GOOD_DATES]),
    bad: values('date_of_birth', BAD_DATES),
  },
  {
    table: 'prisoners',
    column: 'expected_release',
    good: values('expected_release', [null, ...GOOD_DATES]),
    bad: values('expected_release', BAD_DATES),
  },
  {
    table: 'prisoners',
    column: 'languages',
    good: values('languages', ['[]', '["fr"]', '["fr","tr","kmr"]']),
    bad: values('languages', ['["FR"]', '["fr",1]', '[["fr"]]', '{}', 'fr', '["f r"]', '["fr"']),
  },
  {
    table: 'prisoners',
    column: 'do_not_write',
    good: values('do_not_write', [0, 1]),
    bad: values('do_not_write', NOT_FLAGS),
  },
  { table: 'prisoners', column: 'archived', good: values('archived', [0, 1]), bad: values('archived', NOT_FLAGS) },
  {
    table: 'prisoners',
    column: 'created_at',
    good: values('created_at', GOOD_TIMESTAMPS),
    bad: values('created_at', BAD_TIMESTAMPS),
  },
  {
    table: 'prisoners',
    column: 'updated_at',
    good: values('updated_at', GOOD_TIMESTAMPS),
    bad: values('updated_at', BAD_TIMESTAMPS),
  },
  { table: 'stays', column: 'from_date', good: values('from_date', GOOD_DATES), bad: values('from_date', BAD_DATES) },
  {
    table: 'stays',
    column: 'to_date',
    good: ['2024-02-29', '2024-12-31'].map((to_date) => ({ to_date, end_reason: 'release' })),
    bad: BAD_DATES.map((to_date) => ({ to_date, end_reason: 'release' })),
  },
  {
    table: 'stays',
    column: 'start_reason',
    good: values('start_reason', stayStartReasons),
    bad: values('start_reason', ['release', 'Arrest', '']),
  },
  {
    table: 'stays',
    column: 'end_reason',
    good: stayEndReasons.map((end_reason) => ({ to_date: '2024-06-01', end_reason })),
    bad: ['arrest', 'Death', ''].map((end_reason) => ({ to_date: '2024-06-01', end_reason })),
  },
  {
    table: 'members',
    column: 'roles',
    good: values('roles', ['[]', '["writer"]', `[${memberRoles.map((role) => `"${role}"`).join(',')}]`]),
    bad: values('roles', [
      '["boss"]',
      '["writer","boss"]',
      '[["writer"]]',
      '["writer",1]',
      '"writer"',
      'writer',
      '{"writer":1}',
      '[writer]',
    ]),
  },
  { table: 'members', column: 'active', good: values('active', [0, 1]), bad: values('active', NOT_FLAGS) },
  {
    table: 'members',
    column: 'postal',
    good: values('postal', [null, '{"name":"Camille"}']),
    bad: values('postal', ['[]', 'oops', '"Lyon"']),
  },
  {
    table: 'label_templates',
    column: 'geometry',
    good: values('geometry', ['{}']),
    bad: values('geometry', ['[]', 'oops']),
  },
  {
    table: 'label_templates',
    column: 'created_at',
    good: values('created_at', GOOD_TIMESTAMPS),
    bad: values('created_at', BAD_TIMESTAMPS),
  },
  {
    table: 'label_templates',
    column: 'updated_at',
    good: values('updated_at', GOOD_TIMESTAMPS),
    bad: values('updated_at', BAD_TIMESTAMPS),
  },
];

/** The enumerations of shared/ and the named CHECK that holds each in the migrated vault. */
const ENUMS: [constraint: string, allowed: readonly string[]][] = [
  ['facilities_kind_values', facilityKinds],
  ['prisoners_status_values', prisonerStatuses],
  ['stays_start_reason_values', stayStartReasons],
  ['stays_end_reason_values', stayEndReasons],
  ['members_roles_values', memberRoles],
];

describe('CHECK constraints of the vault, for code that skips zod', () => {
  let db: SqliteDatabase;
  onCheckedVault(VALID, ['facilities', 'prisoners'], (opened) => {
    db = opened;
  });

  it.each(cases.map((c) => [`${c.table}.${c.column}`, c] as const))(
    '%s: good values are written, bad ones refused with SQLITE_CONSTRAINT_CHECK',
    (_name, { table, good, bad }) => {
      expectChecked(db, table, VALID[table] ?? {}, good, bad);
    },
  );

  it.each(ENUMS)('%s allows exactly the values of shared/', (constraint, allowed) => {
    expect(allowedBy(db, constraint).sort()).toEqual([...allowed].sort());
  });

  it('keeps the foreign keys of the rebuilt tables on their final parents, cascading as before', () => {
    const parents = (table: string) =>
      (db.pragma(`foreign_key_list(${table})`) as { table: string; on_delete: string }[]).map((fk) => [
        fk.table,
        fk.on_delete,
      ]);
    expect(parents('stays').sort()).toEqual([
      ['facilities', 'CASCADE'],
      ['prisoners', 'CASCADE'],
    ]);
    expect(parents('prisoner_tags').sort()).toEqual([
      ['prisoners', 'CASCADE'],
      ['tags', 'CASCADE'],
    ]);
    expect(tryInsert(db, 'stays', { ...VALID['stays'], prisoner_id: 999 })).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });
});

describe('the migration that adds them', () => {
  const before = Object.fromEntries(Object.entries(shipped).filter(([name]) => name < '2026-12-01-004-checks'));

  it('refuses a vault holding a row the checks would refuse, naming table and constraint, and leaves it as it was', async () => {
    const dir = tempDir();
    await lockedVault(dir, { migrations: before });
    const key = await databaseKey(dir);
    const raw = rawConnection(path.join(dir, 'vault.db'), key);
    insert(raw, 'facilities', { ...VALID['facilities'], kind: 'jail' });
    raw.close();

    const vault = session(dir);
    const error = (await vault.unlock('passphrase', PASSPHRASE).catch((e: unknown) => e)) as {
      code: string;
      cause: Error;
    };
    expect(error.code).toBe('INTERNAL');
    expect(error.cause.message).toMatch(/rows of facilities that break facilities_kind_values \(rowid 1\)/);

    const after = rawConnection(path.join(dir, 'vault.db'), key);
    try {
      expect(after.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all()).toEqual(
        Object.keys(before).sort(),
      );
      expect(after.prepare('SELECT kind FROM facilities').pluck().all()).toEqual(['jail']);
    } finally {
      after.close();
    }
  });
});
