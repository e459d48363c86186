// Child process for the crash test: unlocks the vault (argv: data dir) with the passphrase on stdin's first line,
// says "ready", then changes it to the second line and says "changed". The parent kills it somewhere in between.
import readline from 'node:readline';
import { assessPassphrase } from '../../../shared/passphrase-strength';
import { VaultSession } from '../../../db/vault/vault-session';
import { CHEAP_KDF } from '../cheap-kdf';

const lines: string[] = [];
for await (const line of readline.createInterface({ input: process.stdin })) lines.push(line);
const [current = '', next = ''] = lines;
const vault = new VaultSession({ dataDir: process.argv[2] ?? '', kdf: CHEAP_KDF });
await vault.unlock('passphrase', current);
// zxcvbn builds its dictionaries on first use (a few hundred ms): done before "ready", so the kills aimed after it
// land in what matters, checking the old passphrase, deriving and writing the new slot.
assessPassphrase(next, 'en');
process.stdout.write('ready\n');
await vault.changePassphrase(current, next);
process.stdout.write('changed\n');
await vault.lock();
