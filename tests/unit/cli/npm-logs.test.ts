import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('npm run parloir', () => {
  it('leaves no npm debug log holding its arguments (the project .npmrc sets logs-max=0)', async () => {
    const cache = tempDir();
    // Only the project's .npmrc may decide: no npm_config_* inherited from an npm that started this test.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
    const marker = 'Dupont-Prisonnier-Marker';
    const run = promisify(execFile)('npm', ['run', 'parloir', '--', 'call', 'vault:status', marker], {
      cwd: process.cwd(),
      env: { ...env, npm_config_cache: cache, PARLOIR_DATA_DIR: tempDir() },
    });
    run.child.stdin?.end('');
    // The command fails (an input argument is refused), the case in which npm also points to its log.
    const failed = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('INPUT_IN_ARGUMENTS');
    expect(filesUnder(cache).filter((file) => fs.readFileSync(file, 'latin1').includes(marker))).toEqual([]);
    expect(fs.existsSync(path.join(cache, '_logs'))).toBe(false);
  });
});
