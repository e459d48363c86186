import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { PROJECT_ROOT } from '../support/bundle';
import { tempDir } from '../support/temp-dir';

const AUDIT = path.join(PROJECT_ROOT, 'scripts/audit-electron.mjs');

function page(head: string): string {
  return `<!doctype html>\n<html>\n<head>\n${head}\n<title>x</title>\n</head>\n<body><script type="module" src="/assets/a.js"></script></body>\n</html>\n`;
}

function audit(electronDir: string, html: string) {
  const rendererDir = tempDir('parloir-audit-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), html);
  const output = path.join(tempDir('parloir-audit-out-'), 'report.csv');
  const result = spawnSync(
    process.execPath,
    [AUDIT, '--electron-dir', electronDir, '--renderer-dir', rendererDir, '--output', output],
    {
      encoding: 'utf8',
    },
  );
  return {
    status: result.status,
    stdout: result.stdout + result.stderr,
    report: fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '',
  };
}

function electronFixture(files: Record<string, string>): string {
  const dir = tempDir('parloir-audit-electron-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the Electron audit script (Electronegativity, offline)', () => {
  it('fails on an insecure window with no navigation or permission limits and a page without CSP, naming each finding', () => {
    const insecure = electronFixture({
      'main.ts': [
        "import { BrowserWindow } from 'electron';",
        'export const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
      ].join('\n'),
    });
    const { status, stdout, report } = audit(insecure, page(''));
    expect(status).toBe(1);
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'AUXCLICK_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      expect(stdout, id).toContain(id);
      expect(report, id).toContain(id);
    }
    expect(stdout).not.toContain('AVAILABLE_SECURITY_FIXES');
  });

  it('fails on a file it cannot parse: an unread file is an unchecked file', () => {
    const broken = electronFixture({ 'main.ts': 'export const = ;' });
    const { status, stdout } = audit(
      broken,
      page(
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /> <!-- eng-disable CSP_GLOBAL_CHECK -->`,
      ),
    );
    expect(status).toBe(1);
    expect(stdout).toContain('could not parse');
  });

  it('flags an unsafe CSP in the page', () => {
    const { status, stdout } = audit(
      path.join(PROJECT_ROOT, 'electron'),
      page(
        `<meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval'" />`,
      ),
    );
    expect(status).toBe(1);
    expect(stdout).toContain('CSP_GLOBAL_CHECK');
  });

  it("finds nothing in Parloir's electron/ beside a page carrying the app's CSP", () => {
    const { status, stdout } = audit(
      path.join(PROJECT_ROOT, 'electron'),
      page(
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /> <!-- eng-disable CSP_GLOBAL_CHECK -->`,
      ),
    );
    expect(stdout).toContain('0 findings.');
    expect(status).toBe(0);
  });
});

describe('the built renderer page', () => {
  it("repeats the app's CSP in a meta tag (frame-ancestors aside, which meta cannot carry)", () => {
    const html = fs.readFileSync(path.join(PROJECT_ROOT, 'dist/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'no CSP meta tag in dist/renderer/index.html').not.toBeNull();
    const normalize = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
        .sort();
    expect(normalize(meta?.[1] ?? '')).toEqual(normalize(CONTENT_SECURITY_POLICY));
  });
});
