import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { bundleScripts, type Bundle } from './bundle';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
}

/**
 * Bundles cli/parloir.ts once for the calling test file and returns a runner that spawns it for real: a child
 * process, its stdin, its exit code. PARLOIR_DATA_DIR and PARLOIR_LANG start unset, so each test says what it uses.
 */
export function useBuiltCli(
  cost: 'test' | 'users' = 'test',
): (args: string[], options?: CliRunOptions) => Promise<CliResult> {
  let bundle: Bundle;
  beforeAll(async () => {
    // 'users': the real entry point, at the Argon2id cost users get; 'test': the same main with the tests' cheap cost.
    bundle = await bundleScripts({ parloir: cost === 'users' ? 'cli/parloir.ts' : 'tests/support/cli-cheap-entry.ts' });
  });
  afterAll(() => bundle.remove());

  return async (args, options = {}) => {
    const env: NodeJS.ProcessEnv = {
      ...bundle.env,
      PARLOIR_DATA_DIR: undefined,
      PARLOIR_LANG: undefined,
      ...options.env,
    };
    const run = promisify(execFile)(process.execPath, [bundle.files.parloir ?? '', ...args], { env });
    run.child.stdin?.end(options.stdin ?? '');
    try {
      const { stdout, stderr } = await run;
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
}
