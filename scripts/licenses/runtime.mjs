// The packages electron-builder copies into the installer as they are, not bundled: the project's `dependencies`
// (the native SQLite addon) and everything they depend on, found the way Node finds them.
import fs from 'node:fs';
import path from 'node:path';
import { readPackage } from './origins.mjs';

/**
 * The folder Node would load `name` from when required inside `fromDir`: its own node_modules, then its parents'.
 * @param {string} name
 * @param {string} fromDir absolute
 * @param {string} root absolute; the search stops there
 */
function resolvePackageDir(name, fromDir, root) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || path.dirname(dir) === dir) return null;
  }
}

/**
 * @param {string} root the project, absolute
 * @returns {{ packages: import('./origins.mjs').PackageInfo[], problems: string[] }}
 */
export function runtimePackages(root) {
  /** @type {Map<string, import('./origins.mjs').PackageInfo>} */
  const found = new Map();
  /** @type {string[]} */
  const problems = [];
  /** @param {string} dir @param {string} who */
  const visit = (dir, who) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    /** @type {[Record<string, string> | undefined, boolean][]} */
    const groups = [
      [manifest.dependencies, false],
      [manifest.optionalDependencies, true],
    ];
    for (const [group, optional] of groups) {
      for (const name of Object.keys(group ?? {})) {
        const depDir = resolvePackageDir(name, dir, root);
        if (!depDir) {
          // An optional dependency for another platform is simply not installed here, nor shipped from here.
          if (!optional) problems.push(`${name} (a dependency of ${who}) is not installed`);
          continue;
        }
        if (found.has(depDir)) continue;
        const info = readPackage(depDir);
        if (typeof info === 'string') {
          problems.push(info);
          continue;
        }
        found.set(depDir, info);
        visit(depDir, info.name);
      }
    }
  };
  visit(root, 'the project');
  return { packages: [...found.values()], problems };
}
