import fs from 'node:fs';
import { defaultPreferences, preferences, type Preferences } from '../../shared/settings/settings.schemas';
import { writeFileAtomic } from '../vault/atomic-file';
import { ensurePrivateDir, type VaultPaths } from '../vault/vault-paths';

/**
 * preferences.json sits beside the vault in plaintext because the locked app needs it (the unlock screen speaks the
 * user's language). It holds a language code and a number of minutes, nothing about anyone.
 */
export function readPreferences(paths: VaultPaths): Preferences {
  try {
    const parsed = preferences.partial().safeParse(JSON.parse(fs.readFileSync(paths.preferences, 'utf8')));
    return parsed.success ? { ...defaultPreferences, ...parsed.data } : defaultPreferences;
  } catch {
    return defaultPreferences;
  }
}

export function writePreferences(paths: VaultPaths, value: Preferences): Preferences {
  const valid = preferences.parse(value);
  ensurePrivateDir(paths.dataDir);
  writeFileAtomic(paths.preferences, `${JSON.stringify(valid, null, 2)}\n`);
  return valid;
}
