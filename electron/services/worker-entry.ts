import { fileURLToPath } from 'node:url';

export interface WorkerEntry {
  file: string;
  execArgv?: string[];
}

/**
 * Where a worker's code is. The built app bundles it as `<name>.worker.mjs` beside the code that starts it, outside
 * app.asar (worker threads cannot read inside it). Run from the TypeScript sources (tests, tsx), it is the bundle
 * that the test run made of the same sources at its start (PARLOIR_SOURCE_WORKERS, see tests/support/global-setup.ts),
 * else the TypeScript file itself through tsx, which costs about a second per worker.
 */
export function workerEntry(moduleUrl: string, name: string, sourceFile: string): WorkerEntry {
  if (moduleUrl.endsWith('.ts')) {
    const prepared = process.env['PARLOIR_SOURCE_WORKERS'];
    if (prepared) return { file: `${prepared}/${name}.worker.mjs` };
    return { file: fileURLToPath(new URL(sourceFile, moduleUrl)), execArgv: ['--import', 'tsx'] };
  }
  return {
    file: fileURLToPath(new URL(`./${name}.worker.mjs`, moduleUrl)).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
  };
}
