// Child process: opens a vault with its raw key (hex on the first line of stdin), says "open", and keeps it open
// until its stdin closes. Another process trying the vault meanwhile must get VAULT_IN_USE.
import readline from 'node:readline';
import { openVaultDatabase } from '../../../db/vault/open-database';
import { expectedSchema } from '../../../db/vault/schema-check';

const lines = readline.createInterface({ input: process.stdin });
const iterator = lines[Symbol.asyncIterator]();
const first = await iterator.next();
const file = process.argv[2] ?? '';
const db = openVaultDatabase(file, Buffer.from(String(first.value), 'hex'), { schema: await expectedSchema() });
process.stdout.write('open\n');
for await (const _line of { [Symbol.asyncIterator]: () => iterator }) {
  // nothing: only the end of stdin matters
}
db.close();
