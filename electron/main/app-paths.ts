import path from 'node:path';

/** Where the vault lives: PARLOIR_DATA_DIR when set (tests, a USB stick), else Electron's per-user folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env['PARLOIR_DATA_DIR']?.trim();
  return fromEnv ? path.resolve(fromEnv) : userDataDir;
}

/** The bundle's layout: dist/main/main.mjs beside dist/preload/preload.cjs and dist/renderer/. */
export function bundlePaths(mainDir: string): { rendererDir: string; preloadPath: string } {
  return {
    rendererDir: path.resolve(mainDir, '../renderer'),
    preloadPath: path.resolve(mainDir, '../preload/preload.cjs'),
  };
}
