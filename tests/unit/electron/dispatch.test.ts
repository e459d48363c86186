import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { testDialogs } from '../../support/dialogs';

const noDialogs = testDialogs();

function appIn(dataDir: string) {
  return createApp({ dataDir, kdf: CHEAP_KDF, dialogs: noDialogs });
}

describe('dispatch', () => {
  it('answers UNKNOWN_CHANNEL for names outside the table, whatever their type', async () => {
    const { handlers } = appIn(tempDir());
    for (const channel of ['vault:explode', 'constructor', '__proto__', '', 42, null, undefined, { toString: () => 'vault:status' }]) {
      expect(await dispatch(handlers, channel, {}), String(channel)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' },
      });
    }
  });

  it('answers VALIDATION with the issues, before any handler runs', async () => {
    const dataDir = tempDir();
    const { handlers } = appIn(dataDir);
    const result = await dispatch(handlers, 'vault:create', { passphrase: 42, extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(result.error.issues?.map((issue) => issue.path[0])).toContain('passphrase');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('passes an AppError through with its code and message', async () => {
    const { handlers } = appIn(tempDir());
    expect(await dispatch(handlers, 'settings:set', { groupName: 'Comité' })).toEqual({
      ok: false,
      error: { code: 'VAULT_LOCKED', message: 'The group name lives in the vault' },
    });
  });

  it('turns any other error into INTERNAL with a fixed message: no path, no stack', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'not-a-folder');
    fs.writeFileSync(dataDir, 'a file where the data folder should be');
    const { handlers } = appIn(dataDir);
    const reported: { channel: string; error: unknown }[] = [];
    const result = await dispatch(handlers, 'settings:set', { language: 'en' }, (channel, error) => reported.push({ channel, error }));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(root);
    expect(serialized).not.toMatch(/\bat \w|stack|ENOTDIR|EEXIST/);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.channel).toBe('settings:set');
    expect(reported[0]?.error).toBeInstanceOf(Error);
  });

  it("checks the handler's output against the contract", async () => {
    const { handlers } = appIn(tempDir());
    const broken = { ...handlers, 'vault:status': async () => ({ state: 'open', key: 'deadbeef' }) } as unknown as Handlers;
    const reported: string[] = [];
    const result = await dispatch(broken, 'vault:status', {}, (channel) => reported.push(channel));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    expect(JSON.stringify(result)).not.toContain('deadbeef');
    expect(reported).toEqual(['vault:status']);
  });

  it('answers a valid call with the parsed output', async () => {
    const { handlers } = appIn(tempDir());
    expect(await dispatch(handlers, 'vault:status', {})).toEqual({ ok: true, value: { state: 'absent' } });
    expect(await dispatch(handlers, 'settings:get', {})).toEqual({
      ok: true,
      value: { language: 'fr', autoLockMinutes: 5, groupName: null, groupCountry: null, groupSender: null, calibrations: {} },
    });
  });
});
