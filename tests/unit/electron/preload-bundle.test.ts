import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/channels';
import { IPC_INVOKE_CHANNEL } from '../../../electron/preload/ipc-channel';
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
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: 'answer' };
        },
      },
    };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    return { required, exposed, invoked };
  }

  it("requires nothing but 'electron' (sandboxed preloads cannot)", () => {
    expect(evaluate().required).toEqual(['electron']);
    expect(code).not.toMatch(/require\((?!"electron"\))/);
  });

  it('carries no schema library: only channel names cross into the page', () => {
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    expect(code.length).toBeLessThan(4_000);
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
});
