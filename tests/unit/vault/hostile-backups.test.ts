import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { readArchive, writeArchive } from '../../../db/vault/backup-archive';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { session } from '../../support/vault-fixture';

/** One tar entry as a test wants it: a body, or a header alone for links and special files. */
interface TestEntry {
  name: string;
  body?: Buffer | string;
  type?: tar.Header['type'];
  linkname?: string;
}

/** Packs entries with tar-stream exactly as given: any order, any repeat, any type. */
async function tarOf(entries: TestEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (chunk) => chunks.push(chunk as Buffer));
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const entry of entries) {
    const header = { name: entry.name, mode: 0o600, type: entry.type ?? 'file', linkname: entry.linkname ?? '' };
    pack.entry(header, entry.body ?? Buffer.alloc(0));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const END_OF_ARCHIVE = 1024;

/** Rewrites the size field of the header at `offset` (and its checksum): a header that lies about its body. */
function declareSize(archive: Buffer, offset: number, size: number): Buffer {
  const out = Buffer.from(archive);
  out.write(`${size.toString(8).padStart(11, '0')}\0`, offset + 124, 'latin1');
  out.fill(0x20, offset + 148, offset + 156);
  let sum = 0;
  for (let i = offset; i < offset + 512; i += 1) sum += out[i] ?? 0;
  out.write(`${sum.toString(8).padStart(6, '0')}\0 `, offset + 148, 'latin1');
  return out;
}

let genuineDir = '';
let manifest = '';
let keyslots = '';
let database = Buffer.alloc(0);
let genuine = Buffer.alloc(0);
const unexpected: unknown[] = [];
const collect = (error: unknown) => unexpected.push(error);

beforeAll(async () => {
  // A real vault's backup: its manifest, key slots and encrypted database are what the hostile archives reuse.
  genuineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-hostile-'));
  const vault = session(path.join(genuineDir, 'vault'));
  await vault.create(PASSPHRASE);
  const backup = path.join(genuineDir, 'genuine.parloir-backup');
  await vault.backupTo(backup);
  await vault.lock();
  genuine = fs.readFileSync(backup);
  const extracted = path.join(genuineDir, 'extracted');
  fs.mkdirSync(extracted);
  const contents = await readArchive(backup, extracted);
  manifest = `${JSON.stringify(contents.manifest)}\n`;
  keyslots = contents.keyslotsText;
  database = fs.readFileSync(path.join(extracted, 'vault.db'));
  process.on('uncaughtException', collect);
  process.on('unhandledRejection', collect);
});

afterAll(() => {
  process.off('uncaughtException', collect);
  process.off('unhandledRejection', collect);
  fs.rmSync(genuineDir, { recursive: true, force: true });
});

afterEach(() => {
  expect(unexpected.splice(0)).toEqual([]);
});

function write(bytes: Buffer): string {
  const file = path.join(tempDir(), 'hostile.parloir-backup');
  fs.writeFileSync(file, bytes);
  return file;
}

/** The file is refused as BACKUP_INVALID, with and without unpacking, and the staging folder is left empty. */
async function expectRefused(file: string, reason?: RegExp): Promise<void> {
  const staging = tempDir();
  await expect(readArchive(file)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
  const refused = readArchive(file, staging);
  await expect(refused).rejects.toBeInstanceOf(AppError);
  await expect(refused).rejects.toMatchObject({
    code: 'BACKUP_INVALID',
    ...(reason ? { message: expect.stringMatching(reason) } : {}),
  });
  expect(fs.readdirSync(staging)).toEqual([]);
}

const base = (): TestEntry[] => [
  { name: 'parloir-backup.json', body: manifest },
  { name: 'keyslots.json', body: keyslots },
];

describe('hostile backup archives', () => {
  it('a genuine archive rebuilt by the test reads and unpacks byte for byte (the control for every case below)', async () => {
    const staging = tempDir();
    const file = write(await tarOf([...base(), { name: 'vault.db', body: database }]));
    const contents = await readArchive(file, staging);
    expect(contents.keyslotsText).toBe(keyslots);
    expect(fs.readFileSync(path.join(staging, 'vault.db')).equals(database)).toBe(true);
    expect(fs.statSync(path.join(staging, 'vault.db')).mode & 0o777).toBe(0o600);
  });

  const cases: [string, () => Promise<Buffer>, RegExp][] = [
    [
      'two vault.db entries',
      () => tarOf([...base(), { name: 'vault.db', body: database }, { name: 'vault.db', body: database }]),
      /Duplicate/,
    ],
    [
      'two manifests',
      () => tarOf([...base(), { name: 'parloir-backup.json', body: manifest }, { name: 'vault.db', body: database }]),
      /Duplicate/,
    ],
    [
      'two WALs',
      () =>
        tarOf([
          ...base(),
          { name: 'vault.db', body: database },
          { name: 'vault.db-wal', body: 'x' },
          { name: 'vault.db-wal', body: 'x' },
        ]),
      /Duplicate/,
    ],
    [
      'vault.db as a symlink',
      () => tarOf([...base(), { name: 'vault.db', type: 'symlink', linkname: '/etc/passwd' }]),
      /symlink/,
    ],
    [
      'vault.db as a hard link',
      () => tarOf([...base(), { name: 'vault.db', type: 'link', linkname: 'keyslots.json' }]),
      /link/,
    ],
    ['vault.db as a directory', () => tarOf([...base(), { name: 'vault.db', type: 'directory' }]), /directory/],
    ['vault.db as a FIFO entry', () => tarOf([...base(), { name: 'vault.db', type: 'fifo' }]), /fifo/],
    [
      'an entry named ../x',
      () => tarOf([...base(), { name: '../x', body: 'escape' }, { name: 'vault.db', body: database }]),
      /Unexpected/,
    ],
    ['vault.db inside a folder', () => tarOf([...base(), { name: 'sub/vault.db', body: database }]), /Unexpected/],
    ['an absolute path', () => tarOf([...base(), { name: '/tmp/vault.db', body: database }]), /Unexpected/],
    [
      'an extra file after the database',
      () => tarOf([...base(), { name: 'vault.db', body: database }, { name: 'notes.txt', body: 'hi' }]),
      /Unexpected/,
    ],
    ['the database before the manifest', () => tarOf([{ name: 'vault.db', body: database }, ...base()]), /Unexpected/],
    ['no database', () => tarOf(base()), /incomplete/],
    [
      'no key slots',
      () =>
        tarOf([
          { name: 'parloir-backup.json', body: manifest },
          { name: 'vault.db', body: database },
        ]),
      /Unexpected/,
    ],
    [
      'key slots over 1 MiB',
      () =>
        tarOf([
          { name: 'parloir-backup.json', body: manifest },
          { name: 'keyslots.json', body: ' '.repeat(1024 * 1024 + 1) },
        ]),
      /too large/,
    ],
    [
      'a manifest over 1 MiB',
      () => tarOf([{ name: 'parloir-backup.json', body: ' '.repeat(1024 * 1024 + 1) }]),
      /too large/,
    ],
    ['a manifest that is not JSON', () => tarOf([{ name: 'parloir-backup.json', body: '{"format":' }]), /not JSON/],
    [
      'key slots that do not parse',
      () =>
        tarOf([
          { name: 'parloir-backup.json', body: manifest },
          { name: 'keyslots.json', body: '{}' },
        ]),
      /key slots/,
    ],
    ['an empty vault.db', () => tarOf([...base(), { name: 'vault.db', body: '' }]), /pages/],
    [
      'a vault.db smaller than a page',
      () => tarOf([...base(), { name: 'vault.db', body: database.subarray(0, 100) }]),
      /pages/,
    ],
    [
      'a vault.db that is not whole pages',
      () => tarOf([...base(), { name: 'vault.db', body: database.subarray(0, 4096 + 1) }]),
      /pages/,
    ],
    [
      'a vault.db declaring 2 GiB with a short body',
      async () => {
        const archive = await tarOf([...base(), { name: 'vault.db', body: database }]);
        const header = archive.length - END_OF_ARCHIVE - database.length - 512;
        return declareSize(archive, header, 2 * 1024 * 1024 * 1024);
      },
      /does not hold/,
    ],
    ['a truncated header', async () => genuine.subarray(0, 300), /not a readable/],
    ['a body cut short', async () => genuine.subarray(0, genuine.length - END_OF_ARCHIVE - 5000), /does not hold/],
    [
      'garbage after the end of the archive',
      async () => Buffer.concat([genuine, Buffer.from('x'.repeat(700))]),
      /not a readable/,
    ],
    ['a gzip-compressed backup', async () => gzipSync(genuine), /not a readable/],
    ['an empty file', async () => Buffer.alloc(0), /incomplete/],
  ];

  it.each(cases)(
    'refuses %s: BACKUP_INVALID, nothing left in the staging folder, no unhandled error',
    async (_name, build, reason) => {
      await expectRefused(write(await build()), reason);
    },
  );

  it('refuses a folder and a device (/dev/zero never ends) without reading them', async () => {
    await expectRefused(tempDir(), /regular file/);
    await expectRefused('/dev/zero', /regular file/);
  });

  it('refuses a FIFO at once, even while something writes a backup into it slowly', async () => {
    const fifo = path.join(tempDir(), 'slow.parloir-backup');
    execFileSync('mkfifo', [fifo]);
    // The writer sends the first headers of a genuine backup, then holds the pipe open without ever finishing.
    const writer = fs.promises.open(fifo, 'w').then(async (handle) => {
      await handle.write(genuine.subarray(0, 2048)).catch(() => undefined);
      return handle;
    });
    await expectRefused(fifo, /regular file/);
    // Release the writer (it waits for a reader to exist) and close both ends.
    const reader = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    await (await writer).close();
    fs.closeSync(reader);
  });

  it('an abort while unpacking rejects with the signal reason and removes the half-written vault.db', async () => {
    // A genuine start, then a vault.db of 256 MiB whose body is a hole in a sparse file: long to read, cheap to make.
    const size = 256 * 1024 * 1024;
    const start = await tarOf([...base(), { name: 'vault.db', body: database.subarray(0, 4096) }]);
    const header = start.length - END_OF_ARCHIVE - 4096 - 512;
    const file = write(declareSize(start, header, size).subarray(0, header + 512));
    fs.truncateSync(file, header + 512 + size + END_OF_ARCHIVE);

    const staging = tempDir();
    const controller = new AbortController();
    const reason = new AppError('VAULT_LOCKED', 'The vault was locked');
    const watcher = fs.watch(staging, (_event, name) => {
      if (name === 'vault.db') controller.abort(reason);
    });
    try {
      await expect(readArchive(file, staging, { signal: controller.signal })).rejects.toBe(reason);
    } finally {
      watcher.close();
    }
    expect(controller.signal.aborted).toBe(true);
    expect(fs.readdirSync(staging)).toEqual([]);
  });

  it('an already aborted signal rejects before anything is opened or written', async () => {
    const staging = tempDir();
    const reason = new AppError('VAULT_LOCKED', 'The vault was locked');
    await expect(readArchive(write(genuine), staging, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(fs.readdirSync(staging)).toEqual([]);
    const target = path.join(tempDir(), 'out.parloir-backup');
    const parts = { manifest: JSON.parse(manifest) as never, keyslots, database: write(database) };
    await expect(writeArchive(target, parts, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('an abort while writing an archive rejects with the signal reason and leaves no partial file', async () => {
    const source = path.join(tempDir(), 'big.db');
    fs.writeFileSync(source, '');
    fs.truncateSync(source, 256 * 1024 * 1024);
    const folder = tempDir();
    const target = path.join(folder, 'out.parloir-backup');
    const controller = new AbortController();
    const reason = new AppError('VAULT_LOCKED', 'The vault was locked');
    const watcher = fs.watch(folder, (_event, name) => {
      if (name === 'out.parloir-backup.partial') controller.abort(reason);
    });
    try {
      const parts = { manifest: JSON.parse(manifest) as never, keyslots, database: source };
      await expect(writeArchive(target, parts, { signal: controller.signal })).rejects.toBe(reason);
    } finally {
      watcher.close();
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a restore of a backup with two vault.db is BACKUP_INVALID, changes nothing, and the vault still unlocks', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await vault.lock();
    const before = hashTree(dir);
    const hostile = write(
      await tarOf([...base(), { name: 'vault.db', body: database }, { name: 'vault.db', body: database }]),
    );
    await expect(vault.restore(hostile, 'passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    expect(hashTree(dir)).toEqual(before);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    // The session's queue moved on: the next operation runs.
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });
});
