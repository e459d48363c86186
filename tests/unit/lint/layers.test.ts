import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/bundle';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath` (relative to the project). */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${filePath}` });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (specifier: string) => `import * as x from '${specifier}';\nexport const used = x;\n`;

describe('layer rules (docs/ARCHITECTURE.md), through ESLint itself', () => {
  it.each([
    ['renderer/src/screens/example.tsx', 'electron'],
    ['renderer/src/screens/example.tsx', '../../../db/vault/vault-session'],
    ['renderer/src/example.ts', '../db/x'],
    ['renderer/src/example.ts', 'node:fs'],
    ['renderer/src/example.ts', 'fs'],
    ['renderer/src/example.ts', 'better-sqlite3-multiple-ciphers'],
    ['renderer/src/example.ts', '../../electron/services/dispatch'],
    ['shared/example.ts', '../db/x'],
    ['shared/example.ts', 'react'],
    ['shared/example.ts', 'node:path'],
    ['shared/example.ts', 'electron'],
    ['db/example.ts', 'electron'],
    ['db/vault/example.ts', 'react'],
    ['db/vault/example.ts', '../../electron/services/dispatch'],
    ['db/vault/example.ts', '../../cli/parloir'],
    ['electron/services/example.ts', 'electron'],
    ['electron/services/example.ts', 'react-dom'],
    ['electron/preload/example.ts', '../../db/x'],
    ['electron/preload/example.ts', '../services/dispatch'],
    ['cli/example.ts', 'electron'],
  ])('%s may not import %s', async (file, specifier) => {
    const messages = await restrictedImports(file, use(specifier));
    expect(messages).toHaveLength(1);
  });

  it.each([
    ['renderer/src/example.ts', '../../shared/channels'],
    ['renderer/src/example.tsx', 'react'],
    ['shared/example.ts', './errors'],
    ['shared/example.ts', 'zod'],
    ['db/vault/example.ts', 'node:fs'],
    ['db/vault/example.ts', '../../shared/errors'],
    ['electron/services/example.ts', '../../db/vault/vault-session'],
    ['electron/main/example.ts', 'electron'],
    ['electron/preload/example.ts', 'electron'],
    ['electron/preload/example.ts', '../../shared/channels'],
    ['cli/example.ts', '../electron/services/dispatch'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, use(specifier))).toEqual([]);
  });

  it('keeps Node globals out of the renderer', async () => {
    const [result] = await eslint.lintText('export const where = process.cwd();\n', {
      filePath: `${PROJECT_ROOT}/renderer/src/example.ts`,
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
