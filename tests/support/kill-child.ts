import { spawn } from 'node:child_process';

export interface KilledRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Decides when to kill: on a line the child printed, or from its own trigger (a watcher, a timer) armed at spawn. */
export interface KillPlan {
  onLine?(line: string): void;
  dispose?(): void;
}

/**
 * Runs `node file ...args`, feeding it `stdin`; `plan` gets the function that SIGKILLs the child. Resolves once the
 * child is gone, with every complete line it printed (a line is printed only after what it reports happened).
 */
export function runAndKill(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin: string,
  plan: (kill: () => void) => KillPlan,
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    const control = plan(() => child.kill('SIGKILL'));
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        control.onLine?.(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      control.dispose?.();
      resolve({ lines, signal, stderr });
    });
    child.stdin.end(stdin);
  });
}
