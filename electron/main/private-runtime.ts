import fs from 'node:fs';
import path from 'node:path';

/** statfs(2) f_type of the file systems that live in RAM (linux/magic.h). */
export const TMPFS_MAGIC = 0x01021994;
export const RAMFS_MAGIC = 0x858458f6;

export interface RuntimeEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** process.getuid(), undefined on Windows. */
  uid: number | undefined;
  /** os.tmpdir() before Parloir changes anything. */
  tmpdir: string;
  pid: number;
  /** The shared memory file system; a parameter only so tests can give a private folder on it. */
  shmDir?: string;
}

/** The Electron paths (app.setPath names, and setAppLogsPath) that Chromium writes to, all inside the run folder. */
export interface ChromiumPaths {
  userData: string;
  sessionData: string;
  crashDumps: string;
  temp: string;
  logs: string;
}

export interface RuntimeFolders {
  /** Private to this user (0700), stable between runs so stale run folders can be found and removed. */
  root: string;
  /** Whether `root` is on a file system held in memory (tmpfs or ramfs). */
  inMemory: boolean;
  /** Where Electron's single-instance lock lives: it must be the same folder for every copy of Parloir. */
  instanceDir: string;
  /** This run's folder: everything Chromium writes, removed at quit. */
  runDir: string;
  paths: ChromiumPaths;
  /** Temporary-folder variables for Chromium's own temporary files and for child processes started after this. */
  env: Record<string, string>;
}

export function isInMemory(dir: string): boolean {
  try {
    const { type } = fs.statfsSync(dir);
    return type === TMPFS_MAGIC || type === RAMFS_MAGIC;
  } catch {
    return false;
  }
}

/** A folder only this user can enter: a real directory (not a link), owned by the user, no group or other bits. */
function isPrivateDir(dir: string, uid: number | undefined): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    return false;
  }
  if (!stat.isDirectory()) return false;
  // Windows has neither owners nor mode bits here; its per-user temporary folder is private by its ACL.
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0);
}

/** Creates `parent/name` as 0700, or accepts it when it already is this user's private folder; null otherwise. */
export function privateFolder(parent: string, name: string, uid: number | undefined): string | null {
  const dir = path.join(parent, name);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
  }
  return isPrivateDir(dir, uid) ? dir : null;
}

/**
 * Where the root may go, best first. On Linux: $XDG_RUNTIME_DIR (the user's own tmpfs, emptied at logout) when it is
 * private and in memory, then /dev/shm (tmpfs shared by all users, so the folder name carries the uid and is checked),
 * then the temporary folder on disk as a last resort. Elsewhere: the per-user temporary folder (on disk).
 */
export function rootCandidates(runtime: RuntimeEnvironment): { parent: string; name: string; needsMemory: boolean }[] {
  const suffix = runtime.uid === undefined ? 'parloir' : `parloir-${runtime.uid}`;
  if (runtime.platform !== 'linux') return [{ parent: runtime.tmpdir, name: suffix, needsMemory: false }];
  const candidates: { parent: string; name: string; needsMemory: boolean }[] = [];
  const xdg = runtime.env['XDG_RUNTIME_DIR'];
  if (xdg && path.isAbsolute(xdg) && isPrivateDir(xdg, runtime.uid))
    candidates.push({ parent: xdg, name: 'parloir', needsMemory: true });
  candidates.push({ parent: runtime.shmDir ?? '/dev/shm', name: suffix, needsMemory: true });
  candidates.push({ parent: runtime.tmpdir, name: suffix, needsMemory: false });
  return candidates;
}

function temporaryVariables(platform: NodeJS.Platform, dir: string): Record<string, string> {
  // Chromium reads its temporary folder from these (base::GetTempDir), not from app.getPath('temp').
  if (platform === 'win32') return { TMP: dir, TEMP: dir };
  if (platform === 'darwin') return { TMPDIR: dir, MAC_CHROMIUM_TMPDIR: dir };
  return { TMPDIR: dir };
}

const RUN_PREFIX = 'run-';

/** Creates this run's folders. Throws only when not even the temporary folder on disk can hold a private folder. */
export function prepareRuntimeFolders(runtime: RuntimeEnvironment): RuntimeFolders {
  let root: string | null = null;
  for (const candidate of rootCandidates(runtime)) {
    if (candidate.needsMemory && !isInMemory(candidate.parent)) continue;
    root = privateFolder(candidate.parent, candidate.name, runtime.uid);
    if (root) break;
  }
  if (!root) throw new Error('no private folder could be made for Chromium’s files');
  const instanceDir = privateFolder(root, 'instance', runtime.uid);
  if (!instanceDir) throw new Error('the single-instance folder is not private');
  const runDir = fs.mkdtempSync(path.join(root, `${RUN_PREFIX}${runtime.pid}-`));
  const sub = (name: string) => {
    const dir = path.join(runDir, name);
    fs.mkdirSync(dir, { mode: 0o700 });
    return dir;
  };
  const paths: ChromiumPaths = {
    userData: sub('profile'),
    sessionData: sub('session'),
    crashDumps: sub('crash-dumps'),
    temp: sub('tmp'),
    logs: sub('logs'),
  };
  return {
    root,
    inMemory: isInMemory(root),
    instanceDir,
    runDir,
    paths,
    env: temporaryVariables(runtime.platform, paths.temp),
  };
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the run folders of copies of Parloir that are no longer running (a crash, a power cut); returns them. */
export function removeStaleRuns(
  folders: Pick<RuntimeFolders, 'root' | 'runDir'>,
  isAlive: (pid: number) => boolean = processIsAlive,
): string[] {
  const removed: string[] = [];
  for (const entry of fs.readdirSync(folders.root)) {
    const match = /^run-(\d+)-/.exec(entry);
    const dir = path.join(folders.root, entry);
    if (!match || dir === folders.runDir || isAlive(Number(match[1]))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

/** At quit: this run's folder goes, with whatever Chromium left in it. Safe to call more than once. */
export function removeRun(folders: Pick<RuntimeFolders, 'runDir'>): void {
  fs.rmSync(folders.runDir, { recursive: true, force: true });
}
