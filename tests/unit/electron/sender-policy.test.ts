import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/services/create-app';
import { createInvokeHandler } from '../../../electron/main/invoke-handler';
import { isTrustedSender, type FrameRef } from '../../../electron/main/sender-policy';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { testDialogs } from '../../support/dialogs';

function frame(url: string, processId = 4, routingId = 1, parent: FrameRef | null = null): FrameRef {
  return { url, processId, routingId, parent };
}

const mainFrame = frame('app://parloir/index.html');

describe('isTrustedSender', () => {
  it("accepts the window's main frame on an app page", () => {
    expect(isTrustedSender(frame('app://parloir/index.html#/settings'), mainFrame)).toBe(true);
  });

  it('refuses a frame that is gone, or a window that is gone', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame)).toBe(false);
    expect(isTrustedSender(frame('app://parloir/index.html'), null)).toBe(false);
  });

  it('refuses subframes, even of our own origin', () => {
    expect(isTrustedSender(frame('app://parloir/index.html', 4, 7, mainFrame), mainFrame)).toBe(false);
  });

  it('refuses another frame or process', () => {
    expect(isTrustedSender(frame('app://parloir/index.html', 5, 1), mainFrame)).toBe(false);
    expect(isTrustedSender(frame('app://parloir/index.html', 4, 2), mainFrame)).toBe(false);
  });

  it('refuses our main frame once it shows anything but an app page', () => {
    for (const url of [
      'https://evil.example/',
      'app://parloir.evil/',
      'file:///tmp/x.html',
      'about:blank',
      'data:text/html,x',
    ]) {
      expect(isTrustedSender(frame(url), mainFrame), url).toBe(false);
    }
  });
});

describe('createInvokeHandler', () => {
  function setup() {
    const dataDir = tempDir();
    const app = createApp({ dataDir, kdf: CHEAP_KDF, dialogs: testDialogs() });
    const invoke = createInvokeHandler({ app, windowMainFrame: () => mainFrame, reportInternal: () => undefined });
    return { dataDir, invoke };
  }

  it('answers a trusted frame through dispatch', async () => {
    const { invoke } = setup();
    expect(await invoke(frame('app://parloir/index.html'), 'vault:status', {})).toEqual({
      ok: true,
      value: { state: 'absent' },
    });
  });

  it('answers FORBIDDEN to any other frame, and the handler never runs', async () => {
    const { dataDir, invoke } = setup();
    const result = await invoke(frame('https://evil.example/'), 'vault:create', { passphrase: PASSPHRASE });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'This frame may not call Parloir' } });
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('answers FORBIDDEN once the window is gone', async () => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, kdf: CHEAP_KDF, dialogs: testDialogs() });
    const invoke = createInvokeHandler({ app, windowMainFrame: () => null, reportInternal: () => undefined });
    expect(await invoke(mainFrame, 'vault:status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('tells of user activity for a trusted call a person makes, not for progress polling or refused frames', async () => {
    const app = createApp({ dataDir: tempDir(), kdf: CHEAP_KDF, dialogs: testDialogs() });
    const activity: string[] = [];
    const invoke = createInvokeHandler({
      app,
      windowMainFrame: () => mainFrame,
      reportInternal: () => undefined,
      onUserActivity: () => activity.push('touch'),
    });
    await invoke(frame('app://parloir/index.html'), 'vault:status', {});
    expect(activity).toEqual(['touch']);
    await invoke(frame('app://parloir/index.html'), 'import:progress', { token: 'x' });
    await invoke(frame('https://evil.example/'), 'vault:status', {});
    await invoke(frame('app://parloir/index.html'), 'vault:explode', {});
    expect(activity).toEqual(['touch']);
  });
});
