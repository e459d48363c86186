import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { listFiles } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { pdfWithMetadata, pngWithMetadata } from '../attachments/attachment-samples';

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

  it('a group name, a letter summary and attachments added through the real handlers are nowhere in plaintext: data dir, backup, temp dir', async () => {
    const dataDir = tempDir();
    const backupFolder = tempDir();
    const privateTmp = tempDir();
    const canary = `Parloir canary ${crypto.randomBytes(12).toString('hex')}`;
    // The user's own files, outside the folders scanned: the canary is there by design, as page text in a PDF and in
    // a PNG's tEXt chunk. Their cleaning (decoding, re-encoding) runs in the child under the private TMPDIR.
    const sources = tempDir();
    const attachedPdf = path.join(sources, 'lettre.pdf');
    const attachedPng = path.join(sources, 'scan.png');
    fs.writeFileSync(attachedPdf, await pdfWithMetadata(canary, 1));
    fs.writeFileSync(attachedPng, pngWithMetadata(canary));
    const child = run(process.execPath, [bundle.files.canary ?? '', dataDir, backupFolder, attachedPdf, attachedPng], {
      env: { ...bundle.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp, SQLITE_TMPDIR: privateTmp },
    });
    child.child.stdin?.end(canary);
    const { stdout } = await child;
    const report = JSON.parse(stdout) as {
      tmpdir: string;
      ok: [string, boolean][];
      groupNameRoundTrips: boolean[];
      attachmentKeepsCanary: boolean[];
      summaryRoundTrips: boolean[];
    };
    expect(report.tmpdir).toBe(privateTmp);
    expect(report.ok.filter(([, ok]) => !ok)).toEqual([]);
    expect(report.ok.filter(([channel]) => channel === 'attachments:add')).toHaveLength(2);
    expect(report.groupNameRoundTrips).toEqual([true, true]);
    expect(report.summaryRoundTrips).toEqual([true]);
    // The PDF's text is inside the vault (encrypted); the PNG's tEXt chunk was dropped by the re-encoding.
    expect(report.attachmentKeepsCanary).toEqual([true, false]);

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
