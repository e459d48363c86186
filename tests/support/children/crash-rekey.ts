// Child process for the re-key, restore and backup crash tests. argv: data dir, operation ('passphrase' | 'restore' |
// 'backup'), the
// step at which it kills itself ('none': the parent kills it from a file-system trigger). stdin, one per line: the
// current passphrase, a marker to write, then the new passphrase (or the backup file and its passphrase, or the file
// to back up to).
// It prints "acknowledged" once the marker's write returned, "ready" just before the operation, "done" after it.
import readline from 'node:readline';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { VaultSession } from '../../../db/vault/vault-session';
import { CHEAP_KDF } from '../cheap-kdf';

const lines: string[] = [];
for await (const line of readline.createInterface({ input: process.stdin })) lines.push(line);
const [current = '', marker = '', next = '', backupSecret = ''] = lines;
const [dataDir = '', operation = '', killAt = 'none'] = process.argv.slice(2);

const vault = new VaultSession({
  dataDir,
  kdf: CHEAP_KDF,
  onStep: (step) => {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
await vault.unlock('passphrase', current);
await setVaultSetting(vault.db, 'groupName', marker);
process.stdout.write('acknowledged\nready\n');
if (operation === 'passphrase') await vault.changePassphrase(current, next);
else if (operation === 'backup') await vault.backupTo(next);
else await vault.restore(next, 'passphrase', backupSecret);
process.stdout.write('done\n');
await vault.lock();
