import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_LEFTOVERS, removeChromiumLeftovers } from '../../../electron/main/chromium-leftovers';
import {
  isInMemory,
  prepareRuntimeFolders,
  processIsAlive,
  removeRun,
  removeStaleRuns,
  type RuntimeEnvironment,
} from '../../../electron/main/private-runtime';
import { tempDir } from '../../support/temp-dir';

const uid = process.getuid?.();
const onShm: string[] = [];

/** A private folder on the real /dev/shm (tmpfs), standing for $XDG_RUNTIME_DIR or for /dev/shm itself. */
function memoryDir(mode = 0o700): string {
  const dir = fs.mkdtempSync('/dev/shm/parloir-test-');
  fs.chmodSync(dir, mode);
  onShm.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of onShm.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The file system type of `dir` according to /proc/mounts (longest mount point that contains it). */
function mountTypeOf(dir: string): string {
  const mounts = fs
    .readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length > 2)
    .map(([, point, type]) => ({ point: point as string, type: type as string }));
  const real = fs.realpathSync(dir);
  const containing = mounts.filter((m) => real === m.point || real.startsWith(m.point === '/' ? '/' : `${m.point}/`));
  return containing.sort((a, b) => b.point.length - a.point.length)[0]?.type ?? 'unknown';
}

function linux(overrides: Partial<RuntimeEnvironment> = {}): RuntimeEnvironment {
  return {
    platform: 'linux',
    env: {},
    uid,
    tmpdir: tempDir(),
    pid: process.pid,
    shmDir: memoryDir(0o1777),
    ...overrides,
  };
}

function modeOf(dir: string): number {
  return fs.statSync(dir).mode & 0o777;
}

describe('isInMemory', () => {
  it('agrees with /proc/mounts: /dev/shm is tmpfs, the test temporary folder is not', () => {
    expect(mountTypeOf('/dev/shm')).toBe('tmpfs');
    expect(isInMemory('/dev/shm')).toBe(true);
    expect(mountTypeOf(os.tmpdir())).not.toMatch(/^(tmpfs|ramfs)$/);
    expect(isInMemory(os.tmpdir())).toBe(false);
    expect(isInMemory('/no/such/folder')).toBe(false);
  });
});

describe('prepareRuntimeFolders on Linux', () => {
  it('puts every Chromium path in a 0700 run folder under $XDG_RUNTIME_DIR when it is private and in memory', () => {
    const xdg = memoryDir();
    const folders = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: xdg } }));
    expect(folders.root).toBe(path.join(xdg, 'parloir'));
    expect(folders.inMemory).toBe(true);
    expect(path.dirname(folders.runDir)).toBe(folders.root);
    expect(path.basename(folders.runDir)).toMatch(new RegExp(`^run-${process.pid}-`));
    expect(Object.keys(folders.paths).sort()).toEqual(['crashDumps', 'logs', 'sessionData', 'temp', 'userData']);
    for (const dir of [folders.root, folders.instanceDir, folders.runDir, ...Object.values(folders.paths)]) {
      expect(modeOf(dir), dir).toBe(0o700);
      expect(isInMemory(dir), dir).toBe(true);
    }
    for (const dir of Object.values(folders.paths)) expect(path.dirname(dir)).toBe(folders.runDir);
    expect(folders.instanceDir).toBe(path.join(folders.root, 'instance'));
    expect(folders.env).toEqual({ TMPDIR: folders.paths.temp });
  });

  it('passes over an $XDG_RUNTIME_DIR that is on disk or open to others, for a private folder on /dev/shm', () => {
    for (const xdg of [tempDir(), memoryDir(0o755)]) {
      const shmDir = memoryDir(0o1777);
      const folders = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: xdg }, shmDir }));
      expect(folders.root, xdg).toBe(path.join(shmDir, `parloir-${uid}`));
      expect(folders.inMemory).toBe(true);
      expect(modeOf(folders.root)).toBe(0o700);
    }
  });

  it('refuses a folder another user (or a link) put where its folder goes on the shared /dev/shm', () => {
    const linked = memoryDir(0o1777);
    fs.symlinkSync(tempDir(), path.join(linked, `parloir-${uid}`));
    const open = memoryDir(0o1777);
    fs.mkdirSync(path.join(open, `parloir-${uid}`), { mode: 0o777 });
    fs.chmodSync(path.join(open, `parloir-${uid}`), 0o777);
    const foreign = memoryDir(0o1777);
    fs.mkdirSync(path.join(foreign, `parloir-${uid}`), { mode: 0o700 });
    fs.chownSync(path.join(foreign, `parloir-${uid}`), 54321, 54321);
    for (const shmDir of [linked, open, foreign]) {
      const runtime = linux({ shmDir });
      const folders = prepareRuntimeFolders(runtime);
      expect(folders.root, shmDir).toBe(path.join(runtime.tmpdir, `parloir-${uid}`));
      expect(folders.inMemory).toBe(false);
    }
  });

  it('falls back to a private folder on disk, and says so, when no memory file system is there', () => {
    const runtime = linux({ env: {}, shmDir: tempDir() });
    const folders = prepareRuntimeFolders(runtime);
    expect(folders.root).toBe(path.join(runtime.tmpdir, `parloir-${uid}`));
    expect(folders.inMemory).toBe(false);
    expect(modeOf(folders.root)).toBe(0o700);
  });

  it('reuses its own root and instance folder from one run to the next, with a new run folder each time', () => {
    const xdg = memoryDir();
    const first = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: xdg } }));
    const second = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: xdg } }));
    expect(second.root).toBe(first.root);
    expect(second.instanceDir).toBe(first.instanceDir);
    expect(second.runDir).not.toBe(first.runDir);
  });
});

describe('prepareRuntimeFolders on Windows and macOS', () => {
  it('uses a private per-run folder in the per-user temporary folder, and points Chromium’s temporary variables there', () => {
    const mac = prepareRuntimeFolders({ platform: 'darwin', env: {}, uid, tmpdir: tempDir(), pid: 7 });
    expect(mac.inMemory).toBe(false);
    expect(mac.env).toEqual({ TMPDIR: mac.paths.temp, MAC_CHROMIUM_TMPDIR: mac.paths.temp });
    const tmpdir = tempDir();
    const windows = prepareRuntimeFolders({ platform: 'win32', env: {}, uid: undefined, tmpdir, pid: 7 });
    expect(windows.root).toBe(path.join(tmpdir, 'parloir'));
    expect(windows.env).toEqual({ TMP: windows.paths.temp, TEMP: windows.paths.temp });
  });
});

describe('removing run folders', () => {
  it('removes the folders of runs whose process is gone, keeps its own and those of running copies', () => {
    const folders = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: memoryDir() } }));
    const gone = path.join(folders.root, 'run-4194999-abc123');
    const parent = path.join(folders.root, `run-${process.ppid}-def456`);
    const notOurs = path.join(folders.root, 'notes');
    for (const dir of [gone, parent, notOurs]) fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(gone, 'tmp', '.org.chromium.Chromium.x1y2z3'), '%PDF-1.7 left by a crash');
    expect(processIsAlive(4194999)).toBe(false);
    expect(processIsAlive(process.ppid)).toBe(true);

    expect(removeStaleRuns(folders)).toEqual([gone]);
    expect(fs.existsSync(gone)).toBe(false);
    for (const dir of [parent, notOurs, folders.runDir, folders.instanceDir])
      expect(fs.existsSync(dir), dir).toBe(true);
  });

  it('removes its own run folder at quit, with what Chromium left in it, and may do so twice', () => {
    const folders = prepareRuntimeFolders(linux({ env: { XDG_RUNTIME_DIR: memoryDir() } }));
    fs.writeFileSync(path.join(folders.paths.temp, '.org.chromium.Chromium.abcdef'), '%PDF-1.7');
    removeRun(folders);
    removeRun(folders);
    expect(fs.existsSync(folders.runDir)).toBe(false);
    expect(fs.existsSync(folders.instanceDir)).toBe(true);
  });
});

describe('removeChromiumLeftovers', () => {
  it("removes what Chromium wrote beside the vault and nothing of Parloir's", () => {
    const dataDir = tempDir();
    for (const name of ['vault.db', 'vault.db-wal', 'keyslots.json', 'preferences.json'])
      fs.writeFileSync(path.join(dataDir, name), name);
    fs.mkdirSync(path.join(dataDir, 'backups'));
    fs.writeFileSync(path.join(dataDir, 'Local State'), '{}');
    fs.writeFileSync(path.join(dataDir, 'Preferences'), '{}');
    fs.mkdirSync(path.join(dataDir, 'GPUCache'));
    fs.writeFileSync(path.join(dataDir, 'GPUCache', 'data_1'), 'x');
    fs.symlinkSync('host-123', path.join(dataDir, 'SingletonLock'));
    expect(removeChromiumLeftovers(dataDir).sort()).toEqual([
      'GPUCache',
      'Local State',
      'Preferences',
      'SingletonLock',
    ]);
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      'backups',
      'keyslots.json',
      'preferences.json',
      'vault.db',
      'vault.db-wal',
    ]);
    expect(CHROMIUM_LEFTOVERS.some((name) => /^(vault|keyslots|preferences\.json|backups)/.test(name))).toBe(false);
  });
});
