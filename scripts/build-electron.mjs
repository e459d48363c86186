// Bundles what Node runs: Electron's main process (ESM), the sandboxed preload (one CommonJS file, as sandboxed
// preloads must be), the command line, and the Argon2id worker beside each of the two that derive keys.
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // The native SQLite addon is loaded at run time (from app.asar.unpacked in a package), never bundled.
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
};
// Bundled CommonJS dependencies call require(); an ESM bundle has to provide it.
const esmBanner = { js: "import { createRequire as __parloirCreateRequire } from 'node:module'; const require = __parloirCreateRequire(import.meta.url);" };

await Promise.all([
  build({ ...shared, format: 'esm', banner: esmBanner, entryPoints: { main: 'electron/main/main.ts', 'kdf.worker': 'db/vault/kdf.worker.mjs' }, outdir: 'dist/main', outExtension: { '.js': '.mjs' } }),
  build({ ...shared, format: 'cjs', entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/preload', outExtension: { '.js': '.cjs' } }),
  build({ ...shared, format: 'esm', banner: esmBanner, entryPoints: { parloir: 'cli/parloir.ts', 'kdf.worker': 'db/vault/kdf.worker.mjs' }, outdir: 'dist/cli', outExtension: { '.js': '.mjs' } }),
]);
