import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/bundle';

// What @electron/fuses looks for in an Electron binary: this sentinel, then the wire (version 1, length, one byte per
// fuse: '0' off, '1' on). The stand-in starts with every fuse the wrong way round, so each one the hook sets shows.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = 0x30;
const ON = 0x31;
const STAND_IN_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, OFF];
const ELECTRON_VERSION = JSON.parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version as string;

/** Electron's binary cannot be downloaded here; electron-builder accepts any folder holding `electron` and `version`. */
function standInElectron(dir: string): void {
  const wire = Buffer.from([1, STAND_IN_WIRE.length, ...STAND_IN_WIRE]);
  fs.writeFileSync(
    path.join(dir, 'electron'),
    Buffer.concat([Buffer.from('stand-in for Electron\n'), Buffer.from(FUSE_SENTINEL), wire, Buffer.alloc(64)]),
    { mode: 0o755 },
  );
  fs.writeFileSync(path.join(dir, 'version'), ELECTRON_VERSION);
}

describe('packaging with electron-builder (stand-in Electron)', () => {
  // Shared by every test of the file (one packaging run), so not the per-test tempDir().
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-packaging-'));
  let appDir: string;
  let asarEntries: string[];

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    for (const built of ['dist/main/main.mjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html']) {
      if (!fs.existsSync(path.join(PROJECT_ROOT, built)))
        throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    const electronDist = path.join(work, 'electron-dist');
    fs.mkdirSync(electronDist);
    standInElectron(electronDist);
    const output = path.join(work, 'release');
    const result = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    if (result.status !== 0)
      throw new Error(`electron-builder failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    appDir = path.join(output, 'linux-unpacked');
    asarEntries = listPackage(path.join(appDir, 'resources/app.asar'), { isPack: false }).map((entry) =>
      entry.replaceAll('\\', '/'),
    );
  });

  it('packs main, preload, renderer and package.json into app.asar', () => {
    expect(asarEntries).toEqual(
      expect.arrayContaining([
        '/dist/main/main.mjs',
        '/dist/preload/preload.cjs',
        '/dist/renderer/index.html',
        '/package.json',
      ]),
    );
  });

  it("leaves sources, tests, the command line and the bundlers' metafiles out", () => {
    const leaks = asarEntries.filter((entry) =>
      /^\/(electron|db|shared|renderer|tests|cli|scripts)\/|^\/dist\/(cli|meta)\/|\.ts$|\.map$/.test(entry),
    );
    expect(leaks).toEqual([]);
  });

  it('unpacks the native SQLite addon and the Argon2id worker next to app.asar', () => {
    const unpacked = path.join(appDir, 'resources/app.asar.unpacked');
    expect(fs.existsSync(path.join(unpacked, 'dist/main/keys.worker.mjs'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'dist/main/import.worker.mjs'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'dist/main/attachment.worker.mjs'))).toBe(true);
    const addon = path.join(
      unpacked,
      'node_modules/better-sqlite3-multiple-ciphers/prebuilds',
      `${process.platform}-${process.arch}.node`,
    );
    expect(fs.statSync(addon).size).toBeGreaterThan(1_000_000);
  });

  it('flips the fuses in the packed executable (afterPack)', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir, 'parloir'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
  });
});
