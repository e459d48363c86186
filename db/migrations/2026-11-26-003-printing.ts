import { sql, type Kysely } from 'kysely';

/**
 * Printing: custom label sheets the group measured itself, and a member's optional return address (JSON: a name line
 * and a postal address). The group's country, return address and printer offsets are rows of `settings`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('label_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geometry', 'text', (c) => c.notNull().check(sql`json_valid(geometry)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await db.schema
    .alterTable('members')
    .addColumn('postal', 'text', (c) => c.check(sql`postal is null or json_valid(postal)`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('members').dropColumn('postal').execute();
  await db.schema.dropTable('label_templates').execute();
}
