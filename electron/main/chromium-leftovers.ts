import fs from 'node:fs';
import path from 'node:path';

/**
 * What Chromium wrote into Electron's userData folder before Parloir moved it to the private run folder: when the
 * data folder is that same folder (the default), these sit beside vault.db. None of them is Parloir's (Parloir's own
 * files are vault.db*, keyslots.json, preferences.json and backups/), and Chromium no longer writes any of them there.
 */
export const CHROMIUM_LEFTOVERS = [
  'Local State',
  'Preferences',
  'Network Persistent State',
  'TransportSecurity',
  'Cookies',
  'Cookies-journal',
  'Trust Tokens',
  'Trust Tokens-journal',
  'DIPS',
  'DIPS-journal',
  'SharedStorage',
  'Shared Dictionary',
  'GPUCache',
  'GPUPersistentCache',
  'DawnCache',
  'DawnGraphiteCache',
  'DawnWebGPUCache',
  'GrShaderCache',
  'GraphiteDawnCache',
  'ShaderCache',
  'Code Cache',
  'blob_storage',
  'Session Storage',
  'Local Storage',
  'IndexedDB',
  'WebStorage',
  'Service Worker',
  'Cache',
  'Crashpad',
  'Dictionaries',
  'Partitions',
  'Network',
  'VideoDecodeStats',
  'databases',
  'QuotaManager',
  'QuotaManager-journal',
  'SingletonLock',
  'SingletonSocket',
  'SingletonCookie',
  'logs',
] as const;

/** Removes those leftovers from `dataDir`; returns the names it found. Only for the default data folder. */
export function removeChromiumLeftovers(dataDir: string): string[] {
  const found: string[] = [];
  for (const name of CHROMIUM_LEFTOVERS) {
    const target = path.join(dataDir, name);
    try {
      fs.lstatSync(target);
    } catch {
      continue;
    }
    fs.rmSync(target, { recursive: true, force: true });
    found.push(name);
  }
  return found;
}
