// Bundles what Node runs: Electron's main process (ESM), the sandboxed preload (one CommonJS file, as sandboxed
// preloads must be), the command line, and the key and print workers beside each of the two that use them.
import fs from 'node:fs';
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Which files went into each bundle, for `npm run licenses` (written to dist/meta/, which is not shipped).
  metafile: true,
  // The native SQLite addon is loaded at run time (from app.asar.unpacked in a package), never bundled.
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
};
// Bundled CommonJS dependencies call require(); an ESM bundle has to provide it.
const esmBanner = {
  js: "import { createRequire as __parloirCreateRequire } from 'node:module'; const require = __parloirCreateRequire(import.meta.url);",
};

const printWorker = 'electron/services/printing/print-worker.ts';
const importWorker = 'electron/services/import-export/import-worker.ts';
const attachmentWorker = 'electron/services/attachments/attachment-worker.ts';

// A file left by an older build would ship with the new one: start from empty folders (dist/renderer is Vite's).
for (const out of ['dist/main', 'dist/preload', 'dist/cli']) fs.rmSync(out, { recursive: true, force: true });

const [main, preload, cli] = await Promise.all([
  build({
    ...shared,
    format: 'esm',
    banner: esmBanner,
    entryPoints: {
      main: 'electron/main/main.ts',
      'keys.worker': 'db/vault/keys.worker.mjs',
      'print.worker': printWorker,
      'import.worker': importWorker,
      'attachment.worker': attachmentWorker,
    },
    outdir: 'dist/main',
    outExtension: { '.js': '.mjs' },
  }),
  build({
    ...shared,
    format: 'cjs',
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist/preload',
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...shared,
    format: 'esm',
    banner: esmBanner,
    entryPoints: {
      parloir: 'cli/parloir.ts',
      'keys.worker': 'db/vault/keys.worker.mjs',
      'print.worker': printWorker,
      'import.worker': importWorker,
      'attachment.worker': attachmentWorker,
    },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
  }),
]);
fs.mkdirSync('dist/meta', { recursive: true });
for (const [name, result] of Object.entries({ main, preload, cli }))
  fs.writeFileSync(`dist/meta/${name}.json`, JSON.stringify(result.metafile));

// The PDF font (Noto Sans, SIL Open Font License, which travels with it) beside each bundle that prints; see
// electron/services/printing/fonts.ts.
const fontPackage = 'node_modules/@expo-google-fonts/noto-sans';
for (const out of ['dist/main/fonts', 'dist/cli/fonts']) {
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(`${fontPackage}/400Regular/NotoSans_400Regular.ttf`, `${out}/NotoSans_400Regular.ttf`);
  fs.copyFileSync(`${fontPackage}/700Bold/NotoSans_700Bold.ttf`, `${out}/NotoSans_700Bold.ttf`);
  fs.copyFileSync(`${fontPackage}/LICENSE_FONT`, `${out}/OFL.txt`);
}

// The passphrase word lists travel inside the renderer bundle; their licences (the EFF list's CC BY 3.0 US asks for
// it with every copy) and credits travel beside it.
const wordlists = 'shared/vault/passphrase/wordlists';
fs.mkdirSync('dist/renderer/wordlists', { recursive: true });
for (const name of ['README.md', 'CC-BY-3.0-US.txt', 'CC0-1.0.txt'])
  fs.copyFileSync(`${wordlists}/${name}`, `dist/renderer/wordlists/${name}`);
