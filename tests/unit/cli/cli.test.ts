import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../db/vault/backup-archive';
import { readKeySlotFile } from '../../../db/vault/keyslots';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import { useBuiltCli, type CliResult } from '../../support/cli-runner';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const parloir = useBuiltCli();
/** The `parloir` users run, at their Argon2id cost (the others use the tests' cheap one, as the vault tests do). */
const parloirAsShipped = useBuiltCli('users');

const envelope = (result: CliResult) =>
  JSON.parse(result.stdout) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

describe('parloir command line', () => {
  it('--help prints the usage in French by default, in English with PARLOIR_LANG=en', async () => {
    const fr = await parloir(['--help']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('parloir init');
    expect(fr.stdout).toContain('Les secrets se lisent sur l’entrée standard');
    expect(fr.stdout).toContain('call lit ensuite, sur la même entrée, son entrée JSON');
    expect(fr.stdout).toContain('node dist/cli/parloir.mjs');
    const en = await parloir(['--help'], { env: { PARLOIR_LANG: 'en' } });
    expect(en.stdout).toContain('Secrets are read from standard input');
    expect(en.stdout).toContain('call then reads its JSON input from the same input');
  });

  it('refuses to run without PARLOIR_DATA_DIR, and an unknown command is a usage error', async () => {
    const missing = await parloir(['call', 'vault:status']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DATA_DIR_REQUIRED');
    expect(missing.stderr).toContain('PARLOIR_DATA_DIR');
    const unknown = await parloir(['erase-everything'], { env: { PARLOIR_DATA_DIR: tempDir() } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('USAGE');
  });

  it('init creates a vault at the default Argon2id cost, prints the recovery code once, and it unlocks', async () => {
    const dir = tempDir();
    const created = await parloirAsShipped(['init'], {
      stdin: `${PASSPHRASE}\n${PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const code = created.stdout.trim().split('\n').at(-1) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(created.stdout).toContain('Il ne sera plus jamais affiché');
    for (const slot of readKeySlotFile(path.join(dir, 'keyslots.json')).slots) {
      expect(slot.kdf).toMatchObject({ opslimit: 3, memlimit: 256 * 1024 * 1024 });
    }
    const status = await parloirAsShipped(['call', 'vault:status', '--recovery-code'], {
      stdin: `${code.toLowerCase()}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(status.code).toBe(0);
    expect(envelope(status)).toEqual({ ok: true, value: { state: 'unlocked' } });
    const again = await parloirAsShipped(['init'], {
      stdin: `${PASSPHRASE}\n${PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('VAULT_EXISTS');
  });

  it('init refuses two different passphrases and a weak one, explaining why, and creates nothing', async () => {
    const dir = tempDir();
    const mismatch = await parloir(['init'], {
      stdin: `${PASSPHRASE}\n${OTHER_PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('PASSPHRASE_MISMATCH');
    const weak = await parloir(['init'], {
      stdin: 'motdepasse\nmotdepasse\n',
      env: { PARLOIR_DATA_DIR: dir, PARLOIR_LANG: 'en' },
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Error WEAK_PASSPHRASE: This passphrase is too weak');
    expect(weak.stderr).toContain('Advice:');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('call settings:set and settings:get go through the real handlers and print the envelope', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const env = { PARLOIR_DATA_DIR: dir };
    // The input follows the secret line on stdin, by default.
    const set = await parloir(['call', 'settings:set'], {
      stdin: `${PASSPHRASE}\n{"groupName":"Collectif des Lilas"}\n`,
      env,
    });
    expect(set.code).toBe(0);
    expect(envelope(set)).toMatchObject({
      ok: true,
      value: { language: 'fr', autoLockMinutes: 5, groupName: 'Collectif des Lilas' },
    });
    const get = await parloir(['call', 'settings:get'], { stdin: `${PASSPHRASE}\n`, env });
    expect(envelope(get).value?.groupName).toBe('Collectif des Lilas');
    // No secret: the channel runs on the locked vault, as the window's locked screen would see it.
    const locked = await parloir(['call', 'settings:get'], { env });
    expect(envelope(locked).value?.groupName).toBeNull();
    // "-" says the same explicitly; the JSON may span several lines.
    const fromStdin = await parloir(['call', 'settings:set', '-'], {
      stdin: `${PASSPHRASE}\n{\n  "autoLockMinutes": 12\n}\n`,
      env,
    });
    expect(envelope(fromStdin).value).toMatchObject({ autoLockMinutes: 12, groupName: 'Collectif des Lilas' });
    const invalid = await parloir(['call', 'settings:set'], { stdin: `${PASSPHRASE}\n{"autoLockMinutes":0}\n`, env });
    expect(invalid.code).toBe(1);
    expect(envelope(invalid).error?.code).toBe('VALIDATION');
    expect(invalid.stderr).toContain('VALIDATION');
  });

  it('a wrong passphrase exits 1 with WRONG_PASSPHRASE in the JSON, and changes no file', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const before = hashTree(dir);
    const wrong = await parloir(['call', 'settings:get'], {
      stdin: `${OTHER_PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(wrong.code).toBe(1);
    expect(envelope(wrong)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(wrong.stderr).toContain('Erreur WRONG_PASSPHRASE : Phrase secrète ou code de secours incorrect.');
    expect(hashTree(dir)).toEqual(before);
  });

  it('speaks the language chosen in the app when PARLOIR_LANG is not set', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ language: 'en', autoLockMinutes: 5 }));
    const wrong = await parloir(['call', 'settings:get'], {
      stdin: `${OTHER_PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir },
    });
    expect(wrong.stderr).toContain('Error WRONG_PASSPHRASE');
  });

  it('backup writes a verified backup to the exact path; restore brings it back and keeps the replaced vault', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'In the backup');
    await vault.lock();
    const target = path.join(tempDir(), 'nightly.parloir-backup');
    const env = { PARLOIR_DATA_DIR: dir };

    const written = await parloir(['backup', target], { stdin: `${PASSPHRASE}\n`, env });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(target);
    expect((await readArchive(target)).manifest.kind).toBe('manual');
    const refused = await parloir(['backup', target], { stdin: `${PASSPHRASE}\n`, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('BACKUP_FAILED');

    await vault.unlock('passphrase', PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'After the backup');
    await vault.lock();
    const wrong = await parloir(['restore', target], { stdin: `${OTHER_PASSPHRASE}\n`, env });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('WRONG_PASSPHRASE');
    const restored = await parloir(['restore', target], { stdin: `${PASSPHRASE}\n`, env });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const kept = /parloir-pre-restore-\S+\.parloir-backup/.exec(restored.stdout)?.[0] ?? '';
    expect(fs.existsSync(path.join(dir, 'backups', kept))).toBe(true);
    await vault.unlock('passphrase', PASSPHRASE);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('In the backup');
    await vault.lock();

    const garbage = path.join(tempDir(), 'garbage.parloir-backup');
    fs.writeFileSync(garbage, 'not a backup');
    const invalid = await parloir(['restore', garbage], { stdin: `${PASSPHRASE}\n`, env });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('BACKUP_INVALID');
  });

  it('never takes a secret from the arguments, and never repeats one it was given there', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const env = { PARLOIR_DATA_DIR: dir };
    const attempts = [
      ['call', 'settings:get', '--passphrase', 'hunter2-secret'],
      ['call', 'settings:get', '--passphrase=hunter2-secret'],
      ['backup', '/tmp/x.parloir-backup', '--password', 'hunter2-secret'],
      ['call', 'vault:status', '--recovery-code=hunter2-secret'],
      ['restore', '/tmp/x.parloir-backup', '--secret=hunter2-secret'],
    ];
    for (const args of attempts) {
      const result = await parloir(args, { stdin: `${PASSPHRASE}\n`, env });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('SECRET_IN_ARGUMENTS');
      expect(`${result.stdout}${result.stderr}`).not.toContain('hunter2');
    }
  });

  it('call takes its JSON input from stdin only: an argument is refused unread, never repeated, and changes nothing', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const env = { PARLOIR_DATA_DIR: dir };
    const before = hashTree(dir);
    const attempts = [
      ['call', 'settings:set', '{"groupName":"Collectif Dupont-Hunter"}'],
      ['call', 'vault:changePassphrase', '{"current":"hunter2-secret","next":"hunter2-secret too"}'],
      ['call', 'vault:unlock', '{"method":"passphrase","secret":"hunter2-secret"}'],
      ['call', 'settings:get', 'not json, Hunter'],
    ];
    for (const args of attempts) {
      const result = await parloir(args, { stdin: `${PASSPHRASE}\n`, env });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Erreur INPUT_IN_ARGUMENTS');
      expect(result.stderr).toContain('entrée standard');
      expect(`${result.stdout}${result.stderr}`.toLowerCase()).not.toContain('hunter');
    }
    const english = await parloir(attempts[0] ?? [], { stdin: `${PASSPHRASE}\n`, env: { ...env, PARLOIR_LANG: 'en' } });
    expect(english.stderr).toContain('Send the JSON on standard input, after the secret line.');
    expect(hashTree(dir)).toEqual(before);
  });

  it('call with an empty secret line runs the channel on the locked vault with the JSON that follows', async () => {
    const dir = tempDir();
    const env = { PARLOIR_DATA_DIR: dir };
    const created = await parloir(['call', 'vault:create'], {
      stdin: `\n${JSON.stringify({ passphrase: PASSPHRASE })}\n`,
      env,
    });
    expect(created.code).toBe(0);
    expect(envelope(created)).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) } });
    const notJson = await parloir(['call', 'settings:get'], { stdin: `${PASSPHRASE}\n{"groupName":\n`, env });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('INPUT_NOT_JSON');
    const status = await parloir(['call', 'vault:status'], { stdin: `${PASSPHRASE}\n`, env });
    expect(envelope(status)).toEqual({ ok: true, value: { state: 'unlocked' } });
  });
});
