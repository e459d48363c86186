import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const KEYS_WORKER = path.join(PROJECT_ROOT, 'db/vault/keys.worker.mjs');
const IMPORT_WORKER = path.join(PROJECT_ROOT, 'electron/services/import-export/import-worker.ts');
const ATTACHMENT_WORKER = path.join(PROJECT_ROOT, 'electron/services/attachments/attachment-worker.ts');

export interface Bundle {
  dir: string;
  /** Absolute path of each entry's .mjs, by entry name. */
  files: Record<string, string>;
  /** Environment for `node <file>`: finds the native SQLite addon in the project's node_modules. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/**
 * Bundles TypeScript entry points into one temporary folder, the way scripts/build-electron.mjs bundles the app
 * (ESM, the native addon external, the key worker beside the code that loads it), so a test can spawn them
 * with plain `node`: no tsx start-up cost per child.
 */
export async function bundleScripts(entries: Record<string, string>): Promise<Bundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-bundle-'));
  await build({
    entryPoints: {
      ...entries,
      'keys.worker': KEYS_WORKER,
      'import.worker': IMPORT_WORKER,
      'attachment.worker': ATTACHMENT_WORKER,
    },
    outdir: dir,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    external: ['better-sqlite3-multiple-ciphers'],
    banner: {
      js: "import { createRequire as __testCreateRequire } from 'node:module'; const require = __testCreateRequire(import.meta.url);",
    },
  });
  const files = Object.fromEntries(Object.keys(entries).map((name) => [name, path.join(dir, `${name}.mjs`)]));
  // createRequire resolves like CommonJS, which honours NODE_PATH: the bundle lives in /tmp, the addon does not.
  const env = { ...process.env, NODE_PATH: path.join(PROJECT_ROOT, 'node_modules') };
  return { dir, files, env, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
