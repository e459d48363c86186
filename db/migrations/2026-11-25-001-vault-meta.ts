import { sql, type Kysely } from 'kysely';

/** STRICT tables: SQLite refuses a text in an integer column instead of quietly storing it. */
const strict = sql`strict`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .modifyEnd(strict)
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .modifyEnd(strict)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('meta').execute();
}
