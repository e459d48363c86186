import { describe, expect, it } from 'vitest';
import { mayNavigateIn, PDF_VIEWER_ORIGIN, shouldCancelPrintRequest } from '../../../electron/main/navigation-policy';

const VIEWER = `${PDF_VIEWER_ORIGIN}/index.html`;

describe('mayNavigateIn: the app window', () => {
  it('navigates only within the app, in every frame', () => {
    for (const main of [true, false]) {
      expect(mayNavigateIn('app', 'app://parloir/index.html#/settings', main)).toBe(true);
      for (const url of [
        'https://example.org/',
        'file:///etc/passwd',
        'app://parloir.evil/',
        'data:text/html,x',
        'about:blank',
        VIEWER,
      ]) {
        expect(mayNavigateIn('app', url, main), `${url} main=${main}`).toBe(false);
      }
    }
  });
});

describe("mayNavigateIn: the print window and Chromium's PDF viewer", () => {
  it("lets the viewer's frames load: the embed's about:blank and the viewer extension", () => {
    expect(mayNavigateIn('print', 'about:blank', false)).toBe(true);
    expect(mayNavigateIn('print', VIEWER, false)).toBe(true);
    expect(mayNavigateIn('print', `${PDF_VIEWER_ORIGIN}/pdf_viewer_wrapper.js`, false)).toBe(true);
    expect(mayNavigateIn('print', VIEWER, true)).toBe(true);
  });

  it('would have been refused them by the app window’s rule, which applied to every window before', () => {
    expect(mayNavigateIn('app', 'about:blank', false)).toBe(false);
    expect(mayNavigateIn('app', VIEWER, false)).toBe(false);
  });

  it('refuses everything else: the network, files, the app, other extensions, look-alikes', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'file:///home/a/vault.db',
      'app://parloir/index.html',
      'data:text/html,<script>1</script>',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
      `${PDF_VIEWER_ORIGIN}.evil/index.html`,
      'chrome-extension://user:pw@mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(mayNavigateIn('print', url, false), url).toBe(false);
      expect(mayNavigateIn('print', url, true), url).toBe(false);
    }
    expect(mayNavigateIn('print', 'about:blank', true)).toBe(false);
  });
});

describe('shouldCancelPrintRequest', () => {
  it('lets through what stays inside Chromium: the PDF, the viewer, its resources, blob: and about:', () => {
    for (const url of [
      'data:application/pdf;base64,JVBERi0xLjc=',
      VIEWER,
      `${PDF_VIEWER_ORIGIN}/main.js`,
      'chrome://resources/css/text_defaults_md.css',
      'chrome-untrusted://print/1/0/print.pdf',
      `blob:${PDF_VIEWER_ORIGIN}/0b3c2f2e-1111-2222-3333-444455556666`,
      'about:blank',
    ]) {
      expect(shouldCancelPrintRequest(url), url).toBe(false);
    }
  });

  it('cancels every request that could leave the machine or read a file, and anything unknown', () => {
    for (const url of [
      'https://example.org/font.woff2',
      'http://printer.local/ipp',
      'ws://localhost:9222/',
      'wss://example.org/',
      'ftp://example.org/x',
      'file:///etc/passwd',
      'app://parloir/index.html',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/x.js',
      'filesystem:https://example.org/temporary/x',
      'gopher://example.org/',
      'not a url',
    ]) {
      expect(shouldCancelPrintRequest(url), url).toBe(true);
    }
  });
});
