// Child process for the memory test: a day of key work, then locked and kept alive for the parent to read its
// memory. argv: data dir, a folder for backups. stdin: the two passphrases. It prints each recovery code it is given
// (the parent needs them to find the keys they open), then "locked" and waits for stdin to close.
import path from 'node:path';
import readline from 'node:readline';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { VaultSession } from '../../../db/vault/vault-session';
import { CHEAP_KDF } from '../cheap-kdf';

const input = readline.createInterface({ input: process.stdin });
const lines = input[Symbol.asyncIterator]();
const next = async () => String((await lines.next()).value ?? '');
const [dataDir = '', out = ''] = process.argv.slice(2);
const first = await next();
const second = await next();

const vault = new VaultSession({ dataDir, kdf: CHEAP_KDF });
const code = await vault.create(first);
process.stdout.write(`code ${code}\n`);
await setVaultSetting(vault.db, 'groupName', 'Mémoire');
await vault.backupTo(path.join(out, 'b1.parloir-backup'));
await vault.lock();
await vault.unlock('passphrase', first);
await vault.changePassphrase(first, second);
await vault.backupTo(path.join(out, 'b2.parloir-backup'));
const { recoveryCode } = await vault.newRecoveryCode(second);
process.stdout.write(`code ${recoveryCode}\n`);
await vault.backupTo(path.join(out, 'b3.parloir-backup'));
await vault.restore(path.join(out, 'b1.parloir-backup'), 'passphrase', first);
await vault.db.selectFrom('settings').selectAll().execute();
await vault.lock();
await vault.unlock('recoveryCode', code);
await vault.lock();
process.stdout.write('locked\n');
await lines.next();
