import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { descendantsOf, disableCoreDumps, findPrlimit } from '../../../electron/main/core-dumps';
import { tempDir } from '../../support/temp-dir';

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** A real process tree like Chromium's: a child (the zygote) that has already forked one of its own (a renderer). */
async function processTree(cwd: string): Promise<{ parent: ChildProcess; grandchild: number }> {
  const parent = spawn('sh', ['-c', 'sleep 60 & echo $!; wait'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  started.push(parent);
  const grandchild = await new Promise<number>((resolve) =>
    parent.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  return { parent, grandchild };
}

function coreLimit(pid: number): string {
  const line = fs
    .readFileSync(`/proc/${pid}/limits`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max core file size'));
  return (line ?? '').replace(/\s+/g, ' ').trim();
}

/** Raises a process's core limit as far as it goes, as a desktop with core dumps on would have it. */
async function allowCores(pid: number): Promise<void> {
  const prlimit = findPrlimit();
  if (!prlimit) throw new Error('prlimit (util-linux) is missing');
  await new Promise<void>((resolve, reject) =>
    spawn(prlimit, ['--pid', String(pid), '--core=unlimited:unlimited']).once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`prlimit ${code}`)),
    ),
  );
}

/** Crashes a grandchild (not ours to wait for) and resolves once it is gone and its core, if any, is written. */
function crash(pid: number): Promise<void> {
  process.kill(pid, 'SIGSEGV');
  return new Promise((resolve) => {
    const wait = () => {
      try {
        process.kill(pid, 0);
        setImmediate(wait);
      } catch {
        resolve();
      }
    };
    wait();
  });
}

describe('descendantsOf', () => {
  it('finds children and grandchildren in /proc', async () => {
    const { parent, grandchild } = await processTree(tempDir());
    const below = descendantsOf(process.pid);
    expect(below).toContain(parent.pid);
    expect(below).toContain(grandchild);
    expect(descendantsOf(parent.pid as number)).toEqual([grandchild]);
  });
});

describe('disableCoreDumps', () => {
  it('finds util-linux prlimit by absolute path only', () => {
    expect(findPrlimit()).toMatch(/^\/(usr\/)?bin\/prlimit$/);
    expect(findPrlimit(() => false)).toBeNull();
  });

  it('sets a 1-byte core limit, soft and hard, on a process and every process below it', async () => {
    const { parent, grandchild } = await processTree(tempDir());
    const pid = parent.pid as number;
    await allowCores(pid);
    await allowCores(grandchild);
    expect(coreLimit(grandchild)).toBe('Max core file size unlimited unlimited bytes');
    const result = disableCoreDumps(pid);
    expect(result.failed).toEqual([]);
    expect(result.limited.sort()).toEqual([pid, grandchild].sort());
    expect(coreLimit(pid)).toBe('Max core file size 1 1 bytes');
    expect(coreLimit(grandchild)).toBe('Max core file size 1 1 bytes');
  });

  it('leaves no core file when a limited process crashes, where an unlimited one leaves one', async () => {
    // Core files land in the crashing process's folder with this kernel's pattern; a pipe would hide them from the test.
    expect(fs.readFileSync('/proc/sys/kernel/core_pattern', 'utf8').trim()).toBe('core');
    const control = tempDir();
    const before = await processTree(control);
    await allowCores(before.grandchild);
    await crash(before.grandchild);
    expect(fs.readdirSync(control).filter((name) => name.startsWith('core'))).not.toEqual([]);

    const protectedDir = tempDir();
    const after = await processTree(protectedDir);
    await allowCores(after.grandchild);
    disableCoreDumps(after.parent.pid as number);
    await crash(after.grandchild);
    expect(fs.readdirSync(protectedDir)).toEqual([]);
  });

  it('reports every process as failed, without throwing, when prlimit is missing', async () => {
    const { parent } = await processTree(tempDir());
    const result = disableCoreDumps(parent.pid as number, { prlimit: null });
    expect(result.limited).toEqual([]);
    expect(result.failed).toContain(parent.pid);
  });
});
