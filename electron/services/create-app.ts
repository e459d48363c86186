import type { Handlers } from '../../shared/contract';
import type { Preferences } from '../../shared/settings/settings.schemas';
import { readPreferences, writePreferences } from '../../db/settings/preferences';
import type { KdfParams } from '../../db/vault/kdf';
import { VaultSession } from '../../db/vault/vault-session';
import type { AppContext, HostClipboard, HostDialogs } from './app-context';
import { createClient, type ParloirClient } from './client';
import type { InternalErrorReporter } from './dispatch';
import { JobService } from './jobs/job-service';
import { dashboardHandlers } from './dashboard/dashboard.handlers';
import { attachmentsHandlers } from './attachments/attachments.handlers';
import { draftsHandlers } from './drafts/drafts.handlers';
import { lettersHandlers } from './letters/letters.handlers';
import { importExportHandlers } from './import-export/import-export.handlers';
import { parcelsHandlers } from './parcels/parcels.handlers';
import { printingHandlers } from './printing/printing.handlers';
import { registryHandlers } from './registry/registry.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { vaultHandlers } from './vault/vault.handlers';
import { eveningsHandlers } from './evenings/evenings.handlers';
import { lettersTransferHandlers } from './import-export/letters-transfer.handlers';
import { moneyHandlers } from './money/money.handlers';
import { paymentsHandlers } from './money/payments.handlers';

export interface AppOptions {
  dataDir: string;
  dialogs: HostDialogs;
  clipboard?: HostClipboard;
  kdf?: KdfParams;
  /** Told of every INTERNAL error the client's calls meet (the CLI logs it, tests rethrow it). */
  reportInternal?: InternalErrorReporter;
}

/** The handlers over one vault, and the typed client that calls them through dispatch. */
export interface ParloirApp extends ParloirClient {
  context: AppContext;
  handlers: Handlers;
}

/** The application, without a window: every host (Electron, the CLI, the E2E bridge) builds exactly this. */
export function createApp(options: AppOptions): ParloirApp {
  const vault = new VaultSession({ dataDir: options.dataDir, ...(options.kdf ? { kdf: options.kdf } : {}) });
  const listeners = new Set<(preferences: Preferences) => void>();
  const context: AppContext = {
    vault,
    jobs: new JobService(vault),
    dialogs: options.dialogs,
    clipboard: options.clipboard,
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
    ...lettersTransferHandlers(context),
    ...printingHandlers(context),
    ...draftsHandlers(context),
    ...dashboardHandlers(context),
    ...attachmentsHandlers(context),
    ...lettersHandlers(context),
    ...parcelsHandlers(context),
    ...eveningsHandlers(context),
    ...moneyHandlers(context),
    ...paymentsHandlers(context),
  } satisfies Handlers;
  return { context, handlers, ...createClient({ context, handlers }, options.reportInternal) };
}
