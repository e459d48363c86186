import { expect } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { ErrorInfo } from '../../../shared/errors';
import { createApp, type ParloirApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { testDialogs } from '../../support/dialogs';

export interface RegistryApp {
  app: ParloirApp;
  /** Calls a channel through dispatch, as every host does, and returns its value (failing the test on an error). */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Calls a channel that must fail, and returns the error envelope's content. */
  fail<C extends Channel>(channel: C, input: InputOf<C>): Promise<ErrorInfo>;
}

/** A new, unlocked vault in a temporary folder (removed after the test), with the real handlers over it. */
export async function registryApp(): Promise<RegistryApp> {
  const app = createApp({ dataDir: tempDir('parloir-registry-'), dialogs: testDialogs(), kdf: CHEAP_KDF });
  const created = await dispatch(app.handlers, 'vault:create', { passphrase: PASSPHRASE });
  expect(created.ok).toBe(true);
  return {
    app,
    async call(channel, input) {
      const result = await dispatch(app.handlers, channel, input, (_c, error) => {
        throw error;
      });
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as OutputOf<typeof channel>;
    },
    async fail(channel, input) {
      const result = await dispatch(app.handlers, channel, input);
      if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
      return result.error;
    },
  };
}
