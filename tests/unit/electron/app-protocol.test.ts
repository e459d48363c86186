import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { tempDir } from '../../support/temp-dir';

describe('the app:// protocol handler', () => {
  let rendererDir: string;
  let secretFile: string;
  let serve: ReturnType<typeof createAppProtocolHandler>;

  beforeEach(() => {
    const root = tempDir();
    rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Parloir</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A sibling whose name starts like the renderer folder: a naive prefix check would serve it.
    fs.mkdirSync(path.join(root, 'renderer-secrets'));
    secretFile = path.join(root, 'renderer-secrets', 'vault.db');
    fs.writeFileSync(secretFile, 'SECRET');
    fs.writeFileSync(path.join(root, 'vault.db'), 'SECRET');
    serve = createAppProtocolHandler(rendererDir);
  });

  it('serves the entry page with its type and the CSP header', async () => {
    const response = await serve({ url: 'app://parloir/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Parloir</title>');
  });

  it('serves assets by path, and HEAD without a body', async () => {
    const get = await serve({ url: 'app://parloir/assets/app.js?v=1', method: 'GET' });
    expect(get.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await get.text()).toBe('console.log(1)');
    const head = await serve({ url: 'app://parloir/assets/app.js', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404, with the CSP, for missing files and folders', async () => {
    for (const url of ['app://parloir/missing.js', 'app://parloir/assets', 'app://parloir/assets/']) {
      const response = await serve({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://parloir/../vault.db',
      'app://parloir/%2e%2e/vault.db',
      'app://parloir/..%2fvault.db',
      'app://parloir/..%2f..%2frenderer-secrets%2fvault.db',
      'app://parloir/..%5cvault.db',
      `app://parloir/${encodeURIComponent(secretFile)}`,
      'app://parloir.evil/index.html',
      'https://parloir/index.html',
    ]) {
      const response = await serve({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('SECRET');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await serve({ url: 'app://parloir/index.html', method })).status, method).toBe(404);
    }
  });
});
