import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_ORIGIN,
  contentTypeFor,
  isAppUrl,
  isInternalUrl,
  resolveAppPath,
  shouldCancelRequest,
} from '../../../electron/main/url-policy';

describe('isAppUrl', () => {
  it('accepts the app origin and its pages', () => {
    expect(APP_ORIGIN).toBe('app://parloir');
    for (const url of [
      APP_ENTRY,
      'app://parloir/',
      'app://parloir/assets/index-abc.js',
      'app://parloir/index.html?x=1#top',
    ]) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses other schemes, hosts, look-alikes and credentials', () => {
    for (const url of [
      'https://parloir/index.html',
      'http://parloir/',
      'file:///etc/passwd',
      'app://parloir.evil/index.html',
      'app://evil/index.html',
      'app://parloirx/',
      'app://parloir:8080/',
      'app://user:pass@parloir/',
      'app://user@parloir/',
      'apps://parloir/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs to paths inside the renderer folder', () => {
    expect(resolveAppPath('app://parloir/')).toBe('index.html');
    expect(resolveAppPath('app://parloir')).toBe('index.html');
    expect(resolveAppPath('app://parloir/index.html')).toBe('index.html');
    expect(resolveAppPath('app://parloir/assets/a.js?v=2#x')).toBe('assets/a.js');
    expect(resolveAppPath('app://parloir/./assets//b.css')).toBe('assets/b.css');
  });

  it('clamps dot segments at the root, as URL parsing does, so they never leave the folder', () => {
    expect(resolveAppPath('app://parloir/../../etc/passwd')).toBe('etc/passwd');
    expect(resolveAppPath('app://parloir/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
    expect(resolveAppPath('app://parloir/assets/%2E%2E/%2E%2E/secret')).toBe('secret');
    expect(resolveAppPath('app://parloir//etc/passwd')).toBe('etc/passwd');
  });

  it('refuses what would escape once decoded: encoded slashes, backslashes, NUL, drive letters, bad escapes', () => {
    for (const url of [
      'app://parloir/..%2f..%2fetc%2fpasswd',
      'app://parloir/assets/..%2F..%2F..%2Fhome',
      'app://parloir/..%5c..%5cwindows',
      'app://parloir/a%5cb',
      'app://parloir/index.html%00.js',
      'app://parloir/C:/Windows/win.ini',
      'app://parloir/c%3A/Windows/win.ini',
      'app://parloir/%E0%A4%A',
    ]) {
      expect(resolveAppPath(url), url).toBeNull();
    }
  });

  it('refuses other origins', () => {
    for (const url of ['app://parloir.evil/index.html', 'https://parloir/index.html', 'file:///index.html', 'junk']) {
      expect(resolveAppPath(url), url).toBeNull();
    }
  });
});

describe('request and navigation policy', () => {
  it('lets app and Chromium-internal URLs through and cancels everything else', () => {
    for (const url of [
      'app://parloir/index.html',
      'devtools://devtools/bundled/inspector.html',
      'blob:app://parloir/1234',
      'data:image/png;base64,AAAA',
    ]) {
      expect(shouldCancelRequest(url), url).toBe(false);
    }
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///home/user/vault.db',
      'app://parloir.evil/x',
      'blob:https://evil.example/1234',
      'chrome-extension://abc/x.js',
    ]) {
      expect(shouldCancelRequest(url), url).toBe(true);
    }
  });

  it('treats only blob URLs of our own origin as internal', () => {
    expect(isInternalUrl('blob:app://parloir/uuid')).toBe(true);
    expect(isInternalUrl('blob:app://parloir.evil/uuid')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer is made of and falls back to a download type', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-1.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('fonts/noto.woff2')).toBe('font/woff2');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
