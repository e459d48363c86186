import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { listFiles } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';

const run = promisify(execFile);

/** Every file under the folders, and where in it the canary appears in UTF-8 or UTF-16LE. */
function scan(folders: string[], canary: string): { files: number; bytes: number; hits: string[] } {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
  let files = 0;
  let bytes = 0;
  const hits: string[] = [];
  for (const file of folders.flatMap(listFiles)) {
    const content = fs.readFileSync(file);
    files += 1;
    bytes += content.length;
    needles.forEach((needle, i) => {
      if (content.includes(needle)) hits.push(`${file} (${i === 0 ? 'utf-8' : 'utf-16le'})`);
    });
  }
  return { files, bytes, hits };
}

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ canary: 'tests/support/children/canary-run.ts' });
});
afterAll(() => bundle.remove());

describe('plaintext canary', () => {
  it('the scan finds a canary written in plaintext, in either encoding', () => {
    const dir = tempDir();
    const canary = `canary-${crypto.randomUUID()}`;
    fs.writeFileSync(path.join(dir, 'utf8.txt'), `before ${canary} after`);
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'nested', 'utf16.bin'), Buffer.from(`xx${canary}yy`, 'utf16le'));
    const result = scan([dir], canary);
    expect(result.files).toBe(2);
    expect(result.hits.map((hit) => path.basename(hit)).sort()).toEqual(['utf16.bin (utf-16le)', 'utf8.txt (utf-8)']);
  });

  it('a group name written through the real handlers is nowhere in plaintext: data dir, backup, temp dir', async () => {
    const dataDir = tempDir();
    const backupFolder = tempDir();
    const privateTmp = tempDir();
    const canary = `Parloir canary ${crypto.randomBytes(12).toString('hex')}`;
    const child = run(process.execPath, [bundle.files.canary ?? '', dataDir, backupFolder], {
      env: { ...bundle.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp, SQLITE_TMPDIR: privateTmp },
    });
    child.child.stdin?.end(canary);
    const { stdout } = await child;
    const report = JSON.parse(stdout) as { tmpdir: string; ok: [string, boolean][]; groupNameRoundTrips: boolean[] };
    expect(report.tmpdir).toBe(privateTmp);
    expect(report.ok.every(([, ok]) => ok)).toBe(true);
    expect(report.groupNameRoundTrips).toEqual([true, true]);

    const backups = listFiles(backupFolder);
    expect(backups).toHaveLength(1);
    expect(listFiles(dataDir).map((f) => path.relative(dataDir, f))).toEqual(
      expect.arrayContaining(['keyslots.json', 'vault.db', expect.stringMatching(/^backups\/parloir-auto-/)]),
    );
    const result = scan([dataDir, backupFolder, privateTmp], canary);
    expect(result.hits).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(4);
    // The scan covered real content: the vault and two backups.
    expect(result.bytes).toBeGreaterThan(3 * 16 * 1024);
  });
});
