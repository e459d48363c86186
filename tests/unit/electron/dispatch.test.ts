import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { channelNames } from '../../../shared/channels';
import { contract } from '../../../shared/contract';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { testDialogs } from '../../support/dialogs';

const noDialogs = testDialogs();

function appIn(dataDir: string) {
  return createApp({ dataDir, kdf: CHEAP_KDF, dialogs: noDialogs });
}

describe('dispatch', () => {
  it('answers UNKNOWN_CHANNEL for names outside the table, whatever their type', async () => {
    const app = appIn(tempDir());
    for (const channel of [
      'vault:explode',
      'constructor',
      '__proto__',
      '',
      42,
      null,
      undefined,
      { toString: () => 'vault:status' },
    ]) {
      expect(await dispatch(app, channel, {}), String(channel)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' },
      });
    }
  });

  it('answers VALIDATION with the issues, before any handler runs', async () => {
    const dataDir = tempDir();
    const app = appIn(dataDir);
    const result = await dispatch(app, 'vault:create', { passphrase: 42, extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(result.error.issues?.map((issue) => issue.path[0])).toContain('passphrase');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("enforces each channel's needs from the contract with one error code, before the input is read or a handler runs", async () => {
    const app = appIn(tempDir());
    const called: string[] = [];
    const spied = new Proxy(app.handlers, {
      get: (handlers, channel: string) => {
        called.push(channel);
        return handlers[channel as keyof Handlers];
      },
    });
    const target = { ...app, handlers: spied };
    const needing = (need: string) => channelNames.filter((channel) => contract[channel].needs === need);
    expect(needing('unlocked').length).toBeGreaterThan(30);
    expect(needing('locked')).toEqual(['vault:unlock']);

    expect((await dispatch(app, 'vault:create', { passphrase: PASSPHRASE })).ok).toBe(true);
    await dispatch(app, 'vault:lock', {});
    for (const channel of needing('unlocked')) {
      expect(await dispatch(target, channel, { not: 'even valid' }), channel).toEqual({
        ok: false,
        error: { code: 'VAULT_LOCKED', message: 'Unlock the vault first' },
      });
    }
    expect((await dispatch(app, 'vault:unlock', { method: 'passphrase', secret: PASSPHRASE })).ok).toBe(true);
    expect(await dispatch(target, 'vault:unlock', { method: 'passphrase', secret: PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'VAULT_UNLOCKED', message: 'The vault is already unlocked' },
    });
    expect(called).toEqual([]);
    // Channels that need nothing answer in both states.
    expect(await dispatch(target, 'vault:status', {})).toEqual({ ok: true, value: { state: 'unlocked' } });
    expect(called).toEqual(['vault:status']);
  });

  it('passes an AppError through with its code and message', async () => {
    const app = appIn(tempDir());
    expect(await dispatch(app, 'settings:set', { groupName: 'Comité' })).toEqual({
      ok: false,
      error: { code: 'VAULT_LOCKED', message: 'The group name lives in the vault' },
    });
  });

  it('turns any other error into INTERNAL with a fixed message: no path, no stack', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'not-a-folder');
    fs.writeFileSync(dataDir, 'a file where the data folder should be');
    const app = appIn(dataDir);
    const reported: { channel: string; error: unknown }[] = [];
    const result = await dispatch(app, 'settings:set', { language: 'en' }, (channel, error) =>
      reported.push({ channel, error }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(root);
    expect(serialized).not.toMatch(/\bat \w|stack|ENOTDIR|EEXIST/);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.channel).toBe('settings:set');
    expect(reported[0]?.error).toBeInstanceOf(Error);
  });

  it("checks the handler's output against the contract", async () => {
    const app = appIn(tempDir());
    const broken = {
      ...app,
      handlers: {
        ...app.handlers,
        'vault:status': async () => ({ state: 'open', key: 'deadbeef' }),
      } as unknown as Handlers,
    };
    const reported: string[] = [];
    const result = await dispatch(broken, 'vault:status', {}, (channel) => reported.push(channel));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    expect(JSON.stringify(result)).not.toContain('deadbeef');
    expect(reported).toEqual(['vault:status']);
  });

  it('answers a valid call with the parsed output', async () => {
    const app = appIn(tempDir());
    expect(await dispatch(app, 'vault:status', {})).toEqual({ ok: true, value: { state: 'absent' } });
    expect(await dispatch(app, 'settings:get', {})).toEqual({
      ok: true,
      value: {
        language: 'fr',
        autoLockMinutes: 5,
        groupName: null,
        groupCountry: null,
        groupSender: null,
        calibrations: {},
        noLetterDays: null,
        replyWindowDays: null,
      },
    });
  });
});
