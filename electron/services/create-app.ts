import type { Handlers } from '../../shared/contract';
import type { Preferences } from '../../shared/schemas/settings.schemas';
import { readPreferences, writePreferences } from '../../db/preferences';
import type { KdfParams } from '../../db/vault/kdf';
import { VaultSession } from '../../db/vault/vault-session';
import type { AppContext, HostDialogs } from './app-context';
import { importExportHandlers } from './import-export.handlers';
import { lockOvertakenHandlers } from './lock-overtaken';
import { printHandlers } from './print.handlers';
import { registryHandlers } from './registry.handlers';
import { settingsHandlers } from './settings.handlers';
import { vaultHandlers } from './vault.handlers';

export interface AppOptions {
  dataDir: string;
  dialogs: HostDialogs;
  kdf?: KdfParams;
}

export interface ParloirApp {
  context: AppContext;
  handlers: Handlers;
}

/** The application, without a window: every host (Electron, the CLI, the E2E bridge) builds exactly this. */
export function createApp(options: AppOptions): ParloirApp {
  const vault = new VaultSession({ dataDir: options.dataDir, ...(options.kdf ? { kdf: options.kdf } : {}) });
  const listeners = new Set<(preferences: Preferences) => void>();
  const context: AppContext = {
    vault,
    dialogs: options.dialogs,
    preferences: {
      get: () => readPreferences(vault.paths),
      set: (next) => {
        const saved = writePreferences(vault.paths, next);
        for (const listener of listeners) listener(saved);
        return saved;
      },
    },
    onPreferencesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const handlers = {
    ...vaultHandlers(context),
    ...settingsHandlers(context),
    ...registryHandlers(context),
    ...importExportHandlers(context),
    ...printHandlers(context),
  } satisfies Handlers;
  return { context, handlers: lockOvertakenHandlers(vault, handlers) };
}
