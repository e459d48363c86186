import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * RLIMIT_CORE of 1 byte, soft and hard: the kernel writes no core file (an ELF core needs at least a page) and, for a
 * core_pattern that pipes to a collector (systemd-coredump, apport), aborts the dump before starting it (fs/coredump.c
 * treats a limit of 1 as "do not dump"). The hard limit stops the process raising it again.
 */
export const NO_CORE_LIMIT = '--core=1:1';

/** util-linux's prlimit(1), by absolute path: Node has no setrlimit, and Parloir runs nothing found through $PATH. */
export function findPrlimit(exists: (file: string) => boolean = fs.existsSync): string | null {
  return ['/usr/bin/prlimit', '/bin/prlimit'].find((file) => exists(file)) ?? null;
}

/**
 * Every process below `pid` (children, grandchildren...), from /proc/<n>/stat: Chromium's zygote is forked before the
 * main script runs, so it and what it already started must be changed from outside.
 */
export function descendantsOf(pid: number, procDir = '/proc'): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(path.join(procDir, entry, 'stat'), 'utf8');
    } catch {
      continue;
    }
    // The command name sits in parentheses and may itself hold spaces or parentheses: fields follow the last ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export interface CoreDumpResult {
  limited: number[];
  failed: number[];
}

/**
 * Sets the limit on `pid` and everything below it, synchronously (a few milliseconds) so that it precedes the GPU and
 * utility processes Chromium starts next: processes started later inherit it from their parent (the main process, or
 * the zygote that forks every renderer). Never throws: a missing prlimit is reported, not fatal.
 */
export function disableCoreDumps(
  pid: number,
  options: { prlimit?: string | null; procDir?: string } = {},
): CoreDumpResult {
  const prlimit = options.prlimit === undefined ? findPrlimit() : options.prlimit;
  const targets = [pid, ...descendantsOf(pid, options.procDir)];
  if (!prlimit) return { limited: [], failed: targets };
  const result: CoreDumpResult = { limited: [], failed: [] };
  for (const target of targets) {
    const run = spawnSync(prlimit, ['--pid', String(target), NO_CORE_LIMIT], { stdio: 'ignore', timeout: 5_000 });
    (run.status === 0 ? result.limited : result.failed).push(target);
  }
  return result;
}
