import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("defaults to the app's own origin", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('runs only our own scripts: no inline script, no eval, no wasm eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|strict-dynamic/);
  });

  it('names no remote origin, scheme or wildcard anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps connections to the app itself', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });
});
