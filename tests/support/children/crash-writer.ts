// Child process for the crash test: opens the vault with its raw key (hex, first line of stdin; argv: vault.db) and
// commits transactions until it is killed, printing each id only after its COMMIT returned. The parent kills it with
// SIGKILL at arbitrary moments and then checks that every printed id survived.
import crypto from 'node:crypto';
import readline from 'node:readline';
import { openVaultDatabase } from '../../../db/vault/open-database';
import { expectedSchema } from '../../../db/vault/schema-check';
import { crashMigrations } from '../crash-tables';

const input = readline.createInterface({ input: process.stdin });
const [keyHex = ''] = await input[Symbol.asyncIterator]()
  .next()
  .then((r) => [String(r.value)]);
input.close();
process.stdout.write('opening\n');
const schema = await expectedSchema(crashMigrations);
const db = openVaultDatabase(process.argv[2] ?? '', Buffer.from(keyHex, 'hex'), { quickCheck: false, schema });
const insert = db.prepare('INSERT INTO crash_log (id, payload) VALUES (?, ?)');
const scratch = db.prepare('INSERT INTO crash_scratch (payload) VALUES (?)');
const churn = db.prepare(
  'DELETE FROM crash_scratch WHERE id IN (SELECT id FROM crash_scratch ORDER BY random() LIMIT 2)',
);
let next = ((db.prepare('SELECT max(id) AS id FROM crash_log').get() as { id: number | null }).id ?? 0) + 1;
const commit = db.transaction((id: number) => {
  // Sizes from nothing to a few pages, so commits span page boundaries and overflow pages.
  insert.run(id, crypto.randomBytes(crypto.randomInt(0, 9_000)));
  scratch.run(crypto.randomBytes(crypto.randomInt(0, 5_000)));
  churn.run();
});
process.stdout.write('ready\n');
for (;;) {
  commit.immediate(next);
  process.stdout.write(`${next}\n`);
  next += 1;
  // The app checkpoints after deletes: a kill can also land in the middle of one.
  if (next % 16 === 0) db.pragma('wal_checkpoint(TRUNCATE)');
}
