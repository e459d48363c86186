import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { channelNames, type Channel } from '../../../shared/channels';
import { errorEnvelope } from '../../../shared/envelope';
import type { KdfParams } from '../../../db/vault/kdf';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { contentTypeFor, isAppUrl, resolveAppPath } from '../../../electron/main/url-policy';
import { createApp, type ParloirApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';

/** The renderer's origin in the tests: a name that can never resolve, standing in for Electron's app://parloir. */
export const APP_ORIGIN = 'https://app.invalid';
const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../dist/renderer');

export interface HarnessOptions {
  dataDir?: string;
  kdf?: KdfParams;
}

/**
 * Plays Electron's part for a Playwright page: serves the built renderer the way the app:// protocol does, defines
 * window.parloir from the same channel list as the preload, answers it with the same handlers over a real vault in
 * a temporary folder, reloads the page on lock as main does, and records every request that is not the app's own.
 */
export class Harness {
  readonly dataDir: string;
  readonly app: ParloirApp;
  readonly outsideRequests: string[] = [];
  /** What the next native folder / file dialog answers (null: the user cancels). */
  nextBackupFolder: string | null = null;
  nextBackupFile: string | null = null;
  /** What the next import (open) and export (save) dialogs answer; the save dialog's proposed name is kept. */
  nextImportFile: string | null = null;
  nextExportFile: string | null = null;
  lastExportDefaultName: string | null = null;
  /** The in-memory print sink: every PDF sent to "the printer", in order. Nothing is written anywhere. */
  readonly printed: Uint8Array[] = [];
  /** The system clipboard as the app sees it: what "copy" wrote, until it is cleared. */
  clipboardText = '';
  /** What the next print dialog answers. */
  nextPrintAnswer: 'sent' | 'cancelled' = 'sent';
  /** What the next "save PDF" dialog answers; the proposed name is kept. */
  nextPdfFile: string | null = null;
  lastPdfDefaultName: string | null = null;
  /** What the next "attach a file" and "save the attachment" dialogs answer; the proposed name is kept. */
  nextAttachmentFile: string | null = null;
  nextAttachmentSaveFile: string | null = null;
  lastAttachmentSaveDefaultName: string | null = null;
  readonly #page: Page;
  readonly #held = new Map<
    Channel,
    { arrived: () => void; released: Promise<void>; answered: (envelope: unknown) => void }
  >();

  private constructor(page: Page, options: HarnessOptions) {
    this.#page = page;
    this.dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-e2e-'));
    this.app = createApp({
      dataDir: this.dataDir,
      ...(options.kdf ? { kdf: options.kdf } : {}),
      clipboard: {
        readText: async () => this.clipboardText,
        writeText: async (text) => {
          this.clipboardText = text;
        },
        clear: () => {
          this.clipboardText = '';
        },
      },
      dialogs: {
        chooseBackupFolder: async () => this.nextBackupFolder,
        chooseBackupFile: async () => this.nextBackupFile,
        chooseImportFile: async () => this.nextImportFile,
        chooseExportFile: async (defaultName) => {
          this.lastExportDefaultName = defaultName;
          return this.nextExportFile;
        },
        choosePdfFile: async (defaultName) => {
          this.lastPdfDefaultName = defaultName;
          return this.nextPdfFile;
        },
        chooseAttachmentFile: async () => this.nextAttachmentFile,
        chooseAttachmentSaveFile: async (defaultName) => {
          this.lastAttachmentSaveDefaultName = defaultName;
          return this.nextAttachmentSaveFile;
        },
        printPdf: async (pdf) => {
          if (this.nextPrintAnswer === 'sent') this.printed.push(pdf.slice());
          return this.nextPrintAnswer;
        },
      },
    });
  }

  static async start(context: BrowserContext, page: Page, options: HarnessOptions = {}): Promise<Harness> {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('dist/renderer is missing: run `npm run build` before the E2E tests');
    }
    const harness = new Harness(page, options);
    await harness.#install(context, page);
    return harness;
  }

  get page(): Page {
    return this.#page;
  }

  async open(): Promise<void> {
    await this.#page.goto(`${APP_ORIGIN}/`);
  }

  /**
   * Holds the next call on `channel` before it reaches the app, until `release()`: what the page shows while a long
   * call runs can then be checked without racing it. `arrived` settles once the page has made the call; `release()`
   * lets it through and settles with the envelope the app answered.
   */
  hold(channel: Channel): { arrived: Promise<void>; release: () => Promise<unknown> } {
    let arrived!: () => void;
    let letThrough!: () => void;
    let answered!: (envelope: unknown) => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (letThrough = resolve));
    const answer = new Promise<unknown>((resolve) => (answered = resolve));
    this.#held.set(channel, { arrived, released, answered });
    return {
      arrived: arrival,
      release: () => {
        letThrough();
        return answer;
      },
    };
  }

  /** Locks the vault if it is open, then removes the temporary data dir. */
  async dispose(): Promise<void> {
    await this.app.context.vault.lock();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  async #install(context: BrowserContext, page: Page): Promise<void> {
    context.on('request', (request) => {
      const url = request.url();
      if (!isAppUrl(url, APP_ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        this.outsideRequests.push(url);
      }
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const relative = isAppUrl(url, APP_ORIGIN) ? resolveAppPath(url, APP_ORIGIN) : null;
      if (relative === null) return route.abort('blockedbyclient');
      const file = path.join(RENDERER_DIR, relative);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({
        status: 200,
        body: fs.readFileSync(file),
        headers: { 'content-type': contentTypeFor(relative), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    });
    await page.exposeBinding('__parloirInvoke', async (source, channel: unknown, input: unknown) => {
      // The same sender check as main's: only the app's own top frame may call.
      if (source.frame !== page.mainFrame() || !isAppUrl(source.frame.url(), APP_ORIGIN)) {
        return errorEnvelope({ code: 'FORBIDDEN', message: 'Sender is not the app frame' });
      }
      const report = (ch: string, error: unknown) => console.error(`INTERNAL on ${ch}`, error);
      const held = this.#held.get(channel as Channel);
      if (!held) return dispatch(this.app, channel, input, report);
      this.#held.delete(channel as Channel);
      held.arrived();
      await held.released;
      const envelope = await dispatch(this.app, channel, input, report);
      held.answered(envelope);
      return envelope;
    });
    await page.addInitScript((names: readonly Channel[]) => {
      const invoke = (window as unknown as { __parloirInvoke: (c: string, i: unknown) => Promise<unknown> })
        .__parloirInvoke;
      const bridge = Object.freeze(
        Object.fromEntries(names.map((name) => [name, (input: unknown) => invoke(name, input)])),
      );
      Object.defineProperty(window, 'parloir', { value: bridge, writable: false, configurable: false });
    }, channelNames);
    // Main reloads the window when the vault locks or is replaced, so no decrypted data outlives the key.
    this.app.context.vault.onEvent(() => {
      void page.reload().catch(() => undefined);
    });
  }
}
