// What ships, with its licence: every package whose files went into a bundle (from the bundlers' metafiles in
// dist/meta/), the packages electron-builder copies as they are, Electron itself, and the data of declarations.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { metafileInputs, originOf, readPackage, undeclaredImports } from './origins.mjs';
import { runtimePackages } from './runtime.mjs';
import { CODE_LICENSES, DATA_LICENSES, licenseProblem } from './spdx.mjs';

export const PROJECT_LICENSE = 'AGPL-3.0-or-later';
const DATA_OR_CODE = new Set([...CODE_LICENSES, ...DATA_LICENSES]);

/**
 * @typedef {{ name: string, version: string, license: string | null, kind: 'project' | 'code' | 'data', dir?: string,
 *   licenseSource?: string, bundles: Set<string>, problem: string | null }} Row
 */

/** @param {string} dir absolute @returns {string[]} files below, `/`-separated, relative to `dir` */
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/**
 * Puts the licence of each override's licence file on its package's row, once that file is checked.
 * @param {Row[]} rows
 * @param {Record<string, import('./declarations.mjs').LicenseOverride>} overrides
 * @returns {string[]} problems
 */
function applyOverrides(rows, overrides) {
  /** @type {string[]} */
  const problems = [];
  for (const [key, override] of Object.entries(overrides)) {
    const row = rows.find((candidate) => candidate.kind === 'code' && `${candidate.name}@${candidate.version}` === key);
    if (!row?.dir) {
      problems.push(`the licence override for ${key} matches no shipped package: remove it or update it`);
      continue;
    }
    const file = path.join(row.dir, override.licenseFile);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ') : '';
    if (!text.includes(override.licenseTitle)) {
      problems.push(
        `${key}: ${override.licenseFile} does not say "${override.licenseTitle}", as its licence override expects`,
      );
      continue;
    }
    row.license = override.license;
    row.licenseSource = override.licenseFile;
  }
  return problems;
}

/** @param {string} shippedFile e.g. `dist/main/fonts/x.ttf` → `main` */
const bundleOfDistFile = (shippedFile) => shippedFile.split('/')[1] ?? shippedFile;

/**
 * @param {{ root: string, data: import('./declarations.mjs').DataEntry[],
 *   overrides: Record<string, import('./declarations.mjs').LicenseOverride> }} options `root` absolute
 * @returns {{ rows: Row[], problems: string[] }}
 */
export function checkLicenses({ root, data, overrides }) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, Row>} */
  const rows = new Map();
  /** @param {Omit<Row, 'bundles' | 'problem'>} row @param {string} bundle */
  const add = (row, bundle) => {
    const key = `${row.kind}\0${row.name}@${row.version}`;
    const existing = rows.get(key) ?? { ...row, bundles: new Set(), problem: null };
    existing.bundles.add(bundle);
    rows.set(key, existing);
  };

  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const project = {
    name: String(manifest.name),
    version: String(manifest.version),
    license: manifest.license ?? null,
    kind: /** @type {const} */ ('project'),
  };
  if (project.license !== PROJECT_LICENSE)
    problems.push(`package.json declares the licence ${JSON.stringify(project.license)}, not ${PROJECT_LICENSE}`);
  const declared = new Set(
    ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((group) => Object.keys(manifest[group] ?? {})),
  );

  /** @type {Map<import('./declarations.mjs').DataEntry, Omit<Row, 'bundles' | 'problem'>>} */
  const dataRows = new Map();
  for (const entry of data) {
    let row = {
      name: entry.name,
      version: entry.version ?? '',
      license: entry.license ?? null,
      kind: /** @type {const} */ ('data'),
    };
    if (entry.package) {
      const info = readPackage(path.join(root, 'node_modules', entry.package));
      if (typeof info === 'string') problems.push(`${entry.name}: ${info}`);
      else row = { ...row, version: info.version, license: info.license };
    }
    if (entry.licenseFile) {
      const file = path.join(root, entry.licenseFile);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ') : null;
      if (text === null) problems.push(`${entry.name}: its licence file ${entry.licenseFile} is missing`);
      else if (!entry.licenseTitle || !text.includes(entry.licenseTitle))
        problems.push(`${entry.name}: ${entry.licenseFile} does not say "${entry.licenseTitle}"`);
    }
    dataRows.set(entry, row);
  }
  const dataByInput = new Map(data.flatMap((entry) => (entry.inputs ?? []).map((input) => [input, entry])));
  /** @type {Set<string>} */
  const dataInputsSeen = new Set();
  /** @type {Set<string>} */
  const accounted = new Set();

  const metaDir = path.join(root, 'dist/meta');
  const metafiles = listFiles(metaDir).filter((name) => name.endsWith('.json'));
  if (metafiles.length === 0) problems.push('dist/meta/ holds no metafile: run `npm run build` first');
  for (const name of metafiles) {
    const bundle = name.replace(/\.json$/, '');
    /** @type {import('./origins.mjs').Metafile} */
    const metafile = JSON.parse(fs.readFileSync(path.join(metaDir, name), 'utf8'));
    const { outputs, inputs } = metafileInputs(metafile);
    problems.push(...undeclaredImports(root, metafile, declared));
    for (const output of outputs) {
      accounted.add(output);
      if (!fs.existsSync(path.join(root, output)))
        problems.push(`dist/meta/${name} lists ${output}, which is not there: rebuild`);
    }
    for (const input of inputs) {
      const origin = originOf(root, input, metafile.generatedBy);
      if (origin === null) continue;
      if (origin.kind === 'unknown') {
        problems.push(`${input} (in the ${bundle} bundle): ${origin.why}`);
        continue;
      }
      if (origin.kind === 'package') {
        add({ ...origin.package, kind: 'code' }, bundle);
        continue;
      }
      const entry = dataByInput.get(origin.file);
      const dataRow = entry && dataRows.get(entry);
      if (dataRow) {
        dataInputsSeen.add(origin.file);
        add(dataRow, bundle);
      } else add(project, bundle);
    }
  }

  const shippedFiles = listFiles(path.join(root, 'dist'))
    .map((file) => `dist/${file}`)
    .filter((file) => !file.startsWith('dist/meta/'));
  for (const [entry, row] of dataRows) {
    for (const input of entry.inputs ?? [])
      if (!dataInputsSeen.has(input)) problems.push(`${input}, declared as data of ${entry.name}, is in no bundle`);
    for (const prefix of entry.shipped ?? []) {
      const shipped = shippedFiles.filter((file) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix));
      if (shipped.length === 0) problems.push(`${prefix}, declared as shipped with ${entry.name}, is not in dist/`);
      for (const file of shipped) {
        accounted.add(file);
        add(row, bundleOfDistFile(file));
      }
    }
  }
  for (const file of shippedFiles)
    if (!accounted.has(file))
      problems.push(`${file} ships, but no bundle metafile or shipped-data entry accounts for it`);

  const runtime = runtimePackages(root);
  problems.push(...runtime.problems);
  for (const info of runtime.packages) add({ ...info, kind: 'code' }, 'node_modules');
  // electron-builder puts the Electron release the project builds with into every installer.
  if (manifest.dependencies?.electron || manifest.devDependencies?.electron) {
    const electron = readPackage(path.join(root, 'node_modules/electron'));
    if (typeof electron === 'string') problems.push(electron);
    else add({ ...electron, kind: 'code' }, 'electron');
  }

  const sorted = [...rows.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'),
  );
  problems.push(...applyOverrides(sorted, overrides));
  for (const row of sorted) {
    row.problem = licenseProblem(row.license, row.kind === 'data' ? DATA_OR_CODE : CODE_LICENSES);
    if (row.problem) problems.push(`${row.name}@${row.version} (${[...row.bundles].join(', ')}): ${row.problem}`);
  }
  return { rows: sorted, problems: [...new Set(problems)] };
}
