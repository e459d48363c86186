import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m001 from './2026-11-25-001-vault-meta';
import * as m002 from './2026-11-26-002-registry';
import * as m003 from './2026-11-26-003-printing';
import * as m004 from './2026-12-01-004-checks';
import * as m005 from './2026-12-01-005-search-kinds';
import * as m006 from './2026-12-01-006-address-fields';
import * as m007 from './2026-12-01-007-correspondence';
import * as m010 from './2026-12-01-010-dashboard';
import * as m014 from './2026-12-02-014-birthday-index';
import * as m015 from './2026-12-02-015-prisoner-attention';
import * as m016 from './2026-12-02-016-money';
import * as m017 from './2026-12-02-017-money-channels';

/**
 * Inline provider: a packaged app has no migrations folder to scan. Names sort in the order they must run;
 * append, never rename or edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-001-vault-meta': m001,
  '2026-11-26-002-registry': m002,
  '2026-11-26-003-printing': m003,
  '2026-12-01-004-checks': m004,
  '2026-12-01-005-search-kinds': m005,
  '2026-12-01-006-address-fields': m006,
  '2026-12-01-007-correspondence': m007,
  '2026-12-01-010-dashboard': m010,
  '2026-12-02-014-birthday-index': m014,
  '2026-12-02-015-prisoner-attention': m015,
  '2026-12-02-016-money': m016,
  '2026-12-02-017-money-channels': m017,
};

export const migrationNames = Object.keys(migrations).sort();

/** Tests hand a vault a longer list (a failing migration, a future one); the app always runs `migrations`. */
export function providerFor(list: Record<string, Migration>): MigrationProvider {
  return { getMigrations: () => Promise.resolve(list) };
}

export const migrationProvider: MigrationProvider = providerFor(migrations);

export const MIGRATION_TABLE = 'kysely_migration';
