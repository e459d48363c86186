import type { Channel } from '../../shared/channels';
import type { InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import type { ErrorInfo } from '../../shared/errors';
import type { HostClipboard, HostDialogs } from '../../electron/services/app-context';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { CHEAP_KDF, PASSPHRASE } from './cheap-kdf';
import { testDialogs } from './dialogs';
import { tempDir } from './temp-dir';

export interface TestAppOptions {
  dataDir?: string;
  /** The native dialogs' answers; `answers` can change them later. Every dialog not given cancels. */
  dialogs?: Partial<HostDialogs>;
  /** The system clipboard, for the hosts that have one; left out, the app has none (as the command line). */
  clipboard?: HostClipboard;
}

/**
 * The real application over a real vault (cheap key derivation), called through its typed client, hence through
 * dispatch as in every host: inputs, outputs and `needs` are checked against the contract.
 */
export class TestApp {
  readonly app: ParloirApp;
  readonly dataDir: string;
  /** What each native dialog answers, read when it opens. */
  answers: Partial<HostDialogs>;
  readonly #internal: unknown[] = [];

  constructor(options: TestAppOptions = {}) {
    this.dataDir = options.dataDir ?? tempDir('parloir-app-');
    this.answers = { ...options.dialogs };
    const cancel = testDialogs();
    const dialogs = Object.fromEntries(
      (Object.keys(cancel) as (keyof HostDialogs)[]).map((name) => [
        name,
        (...args: never[]) => ((this.answers[name] ?? cancel[name]) as (...a: never[]) => unknown)(...args),
      ]),
    ) as unknown as HostDialogs;
    this.app = createApp({
      dataDir: this.dataDir,
      dialogs,
      ...(options.clipboard ? { clipboard: options.clipboard } : {}),
      kdf: CHEAP_KDF,
      reportInternal: (_c, error) => this.#internal.push(error),
    });
  }

  /** A new, unlocked vault in a temporary folder. */
  static async create(options: TestAppOptions = {}): Promise<TestApp> {
    const app = new TestApp(options);
    await app.call('vault:create', { passphrase: PASSPHRASE });
    return app;
  }

  result<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>> {
    return this.app.call(channel, input);
  }

  /** The value; any error fails the test, with the code (and for INTERNAL the error behind it). */
  async call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    const envelope = await this.result(channel, input);
    if (envelope.ok) return envelope.value;
    const behind = envelope.error.code === 'INTERNAL' ? this.#internal.at(-1) : undefined;
    throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`, { cause: behind });
  }

  /** The error of a call that must fail. */
  async fail<C extends Channel>(channel: C, input: InputOf<C>): Promise<ErrorInfo> {
    const envelope = await this.result(channel, input);
    if (envelope.ok) throw new Error(`${channel} succeeded where a failure was expected`);
    return envelope.error;
  }

  lock(): Promise<void> {
    return this.app.context.vault.lock();
  }
}
