// Vitest's global setup: bundles the import, print and attachment workers once, from the sources, into a temporary
// folder (with the fonts beside the print worker, as the built app has them), and tells the worker runners to start
// those instead of loading the TypeScript through tsx in every worker (about a second each, and the tests start
// hundreds).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FONTS = path.join(ROOT, 'node_modules/@expo-google-fonts/noto-sans');

export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-workers-'));
  await build({
    entryPoints: {
      'import.worker': path.join(ROOT, 'electron/services/import-export/import-worker.ts'),
      'print.worker': path.join(ROOT, 'electron/services/printing/print-worker.ts'),
      'attachment.worker': path.join(ROOT, 'electron/services/attachments/attachment-worker.ts'),
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
  fs.mkdirSync(path.join(dir, 'fonts'));
  fs.copyFileSync(
    path.join(FONTS, '400Regular/NotoSans_400Regular.ttf'),
    path.join(dir, 'fonts/NotoSans_400Regular.ttf'),
  );
  fs.copyFileSync(path.join(FONTS, '700Bold/NotoSans_700Bold.ttf'), path.join(dir, 'fonts/NotoSans_700Bold.ttf'));
  process.env['PARLOIR_SOURCE_WORKERS'] = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
