import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/channels';
import {
  IPC_INVOKE_CHANNEL,
  IPC_LOCK_ANSWER_CHANNEL,
  IPC_LOCK_REQUEST_CHANNEL,
} from '../../../electron/preload/ipc-channel';
import { WINDOW_LOCK_ANSWER_EVENT, windowLockRequestEvent } from '../../../shared/vault/window-lock-requests';
import { PROJECT_ROOT } from '../../support/bundle';
import { tempDir } from '../../support/temp-dir';

/**
 * The preload as the sandbox runs it: bundled the way scripts/build-electron.mjs bundles it (one CommonJS file), then
 * evaluated with a `require` that records every module asked for and answers 'electron' with recorders.
 */
describe('the preload bundle', () => {
  let code: string;

  beforeAll(async () => {
    const outfile = path.join(tempDir('parloir-preload-'), 'preload.cjs');
    await build({
      entryPoints: [path.join(PROJECT_ROOT, 'electron/preload/preload.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      logLevel: 'warning',
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
    });
    code = fs.readFileSync(outfile, 'utf8');
  });

  function evaluate() {
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    const sent: unknown[][] = [];
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const window = new EventTarget();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: 'answer' };
        },
        on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
          listeners.set(channel, listener),
        send: (...args: unknown[]) => sent.push(args),
      },
    };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, window, Event });
    return { required, exposed, invoked, sent, listeners, window };
  }

  it("requires nothing but 'electron' (sandboxed preloads cannot)", () => {
    expect(evaluate().required).toEqual(['electron']);
    expect(code).not.toMatch(/require\((?!"electron"\))/);
  });

  it('carries no schema library: only channel names cross into the page', () => {
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    // The channel names (each quoted, with its comma) and a little code: zod alone would be hundreds of kilobytes.
    const names = channelNames.reduce((length, name) => length + name.length + 4, 0);
    expect(code.length).toBeLessThan(names + 4_000);
  });

  it('exposes exactly window.parloir, one frozen function per channel', () => {
    const { exposed } = evaluate();
    expect([...exposed.keys()]).toEqual(['parloir']);
    const api = exposed.get('parloir') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof api[name], name).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call over the one invoke channel with its Parloir channel name', async () => {
    const { exposed, invoked } = evaluate();
    const api = exposed.get('parloir') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(await api['settings:set']?.({ language: 'en' })).toEqual({ ok: true, value: 'answer' });
    expect(invoked).toEqual([[IPC_INVOKE_CHANNEL, 'settings:set', { language: 'en' }]]);
    expect(IPC_INVOKE_CHANNEL).toBe('parloir:invoke');
  });

  it("turns main's lock requests into DOM events on window, and the page's answer into one message back", () => {
    const { listeners, sent, window } = evaluate();
    const seen: string[] = [];
    for (const request of ['lock', 'save-draft'] as const) {
      window.addEventListener(windowLockRequestEvent(request), (event) => seen.push(event.type));
    }
    const deliver = listeners.get(IPC_LOCK_REQUEST_CHANNEL);
    deliver?.({}, 'save-draft');
    deliver?.({}, 'lock');
    // Anything else main might send is not a request: the page hears nothing of it.
    deliver?.({}, 'format-disk');
    deliver?.({}, { toString: () => 'lock' });
    expect(seen).toEqual(['parloir:save-draft-request', 'parloir:lock-request']);
    expect(sent).toEqual([]);
    window.dispatchEvent(new Event(WINDOW_LOCK_ANSWER_EVENT));
    expect(sent).toEqual([[IPC_LOCK_ANSWER_CHANNEL]]);
  });
});
