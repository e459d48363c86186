// Argon2id cost candidates for unlocking, measured on this machine the way an unlock pays them: a fresh worker thread
// loads libsodium-wrappers-sumo and runs crypto_pwhash once. The goal is an unlock of at most 2 s on a 2-core laptop.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const MiB = 1024 * 1024;
const REPEATS = 3;

/**
 * The candidates: today's default first, then more memory (what costs an attacker's GPUs most) and more passes, and
 * 512 MiB with fewer passes (RFC 9106's first recommendation is a single pass over as much memory as can be had).
 */
export const KDF_CANDIDATES = [
  { memlimit: 256 * MiB, opslimit: 3 },
  { memlimit: 512 * MiB, opslimit: 1 },
  { memlimit: 512 * MiB, opslimit: 2 },
  { memlimit: 512 * MiB, opslimit: 3 },
  { memlimit: 1024 * MiB, opslimit: 2 },
  { memlimit: 1024 * MiB, opslimit: 3 },
  { memlimit: 1024 * MiB, opslimit: 4 },
] as const;

interface Derivation {
  /** From starting the worker to its answer: what unlock waits for. */
  totalMs: number;
  /** crypto_pwhash alone, CPU time of its thread: close to its wall time on an idle machine. */
  cpuMs: number;
}

function deriveOnce(params: { memlimit: number; opslimit: number }): Promise<Derivation> {
  const started = performance.now();
  const worker = new Worker(new URL('./kdf-bench.worker.mjs', import.meta.url), { workerData: params });
  return new Promise((resolve, reject) => {
    worker.once('message', ({ cpuMs }: { cpuMs: number }) => {
      resolve({ totalMs: performance.now() - started, cpuMs });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const round = (ms: number) => Math.round(ms);

export const kdfMeasurement = {
  // The load average says whether other work shared the cores: these figures are only comparable on an idle machine.
  name:
    `Argon2id unlock cost candidates on ${os.availableParallelism()} cores (load average ${os.loadavg()[0]?.toFixed(1)}), ` +
    `worker start included (median of ${REPEATS})`,
  async run() {
    const figures = [];
    for (const params of KDF_CANDIDATES) {
      const runs: Derivation[] = [];
      for (let i = 0; i < REPEATS; i += 1) runs.push(await deriveOnce(params));
      const mib = params.memlimit / MiB;
      const key = `kdf_${mib}mib_ops${params.opslimit}`;
      const name = `${mib} MiB, ${params.opslimit} pass${params.opslimit > 1 ? 'es' : ''}`;
      const wall = round(median(runs.map((r) => r.totalMs)));
      const cpu = round(median(runs.map((r) => r.cpuMs)));
      figures.push(
        { key: `${key}_ms`, label: `${name}: worker start and derivation`, value: wall, unit: 'ms' as const },
        { key: `${key}_cpu_ms`, label: `${name}: CPU time of the derivation alone`, value: cpu, unit: 'ms' as const },
      );
    }
    return figures;
  },
};
