import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './bundle';

export const PYTHON = '/usr/bin/python3';

/** The Python block of SECURITY.md, as published: the test runs the doc, so the doc cannot drift from the format. */
function documentedRecipe(): string {
  const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'SECURITY.md'), 'utf8');
  const blocks = [...doc.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toContain('def database_key(');
  return blocks[0] ?? '';
}

/** Runs the recipe's database_key(keyslots, secret, kind); the secret goes through stdin, as a user would paste it. */
export async function keyFromRecipe(keyslots: string, secret: string, kind: string): Promise<string> {
  const program = `${documentedRecipe()}\nimport sys\nprint(database_key(sys.argv[1], sys.stdin.readline().rstrip("\\n"), sys.argv[2]))\n`;
  const run = promisify(execFile)(PYTHON, ['-c', program, keyslots, kind]);
  run.child.stdin?.end(`${secret}\n`);
  return (await run).stdout.trim();
}
