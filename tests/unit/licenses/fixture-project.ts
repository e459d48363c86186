import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../support/bundle';
import { tempDir } from '../../support/temp-dir';

/** Writes files below `root`; objects are written as JSON. */
export function writeTree(root: string, files: Record<string, string | object>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
}

/** A package in the fixture's node_modules whose index.js exports its name. */
export function fixturePackage(name: string, manifest: Record<string, unknown>): Record<string, string | object> {
  return {
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', main: 'index.js', ...manifest },
    [`node_modules/${name}/index.js`]: `module.exports = ${JSON.stringify(name)};`,
  };
}

export interface FixtureProject {
  root: string;
  /** Runs `node scripts/licenses.mjs` on the fixture. */
  check(): { status: number | null; stdout: string; stderr: string };
}

/**
 * A project the way `npm run licenses` finds Parloir after `npm run build`: a package.json, packages in node_modules,
 * and an app bundled for real by esbuild into dist/app/, its metafile in dist/meta/app.json.
 */
export async function fixtureProject(options: {
  /** Packages src/app.js imports, declared as devDependencies unless `undeclared` */
  imports: string[];
  undeclared?: boolean;
  /** Left out of the bundle, to be loaded at run time */
  external?: string[];
  files?: Record<string, string | object>;
  manifest?: Record<string, unknown>;
  declarations?: string;
}): Promise<FixtureProject> {
  const root = tempDir('parloir-licenses-');
  const devDependencies = options.undeclared ? {} : Object.fromEntries(options.imports.map((name) => [name, '^1.0.0']));
  writeTree(root, {
    'package.json': {
      name: 'fixture-app',
      version: '0.0.1',
      license: 'AGPL-3.0-or-later',
      devDependencies,
      ...options.manifest,
    },
    'src/app.js': `${options.imports.map((name, i) => `import p${i} from '${name}';`).join('\n')}\nconsole.log(${['0', ...options.imports.map((_, i) => `p${i}`)].join(', ')});\n`,
    'declarations.mjs': options.declarations ?? 'export const shippedData = [];\nexport const licenseOverrides = {};\n',
    ...options.files,
  });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/app.js'],
    outdir: 'dist/app',
    bundle: true,
    platform: 'node',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    external: options.external ?? [],
  });
  writeTree(root, { 'dist/meta/app.json': result.metafile });
  const check = () => {
    const script = path.join(PROJECT_ROOT, 'scripts/licenses.mjs');
    const run = spawnSync(
      process.execPath,
      [script, '--root', root, '--declarations', path.join(root, 'declarations.mjs')],
      { encoding: 'utf8' },
    );
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  return { root, check };
}
