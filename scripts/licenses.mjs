// `npm run licenses` (after `npm run build`): the licence of everything that ships in Parloir, one package a line,
// and exit 1 when one is missing or cannot ship inside an AGPL-3.0-or-later program. See scripts/licenses/.
//
//   node scripts/licenses.mjs [--root <project>] [--declarations <module>]
//
// The tests point it at fixture projects; the defaults are this project and scripts/licenses/declarations.mjs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLicenses, PROJECT_LICENSE } from './licenses/check.mjs';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    declarations: { type: 'string', default: path.join(import.meta.dirname, 'licenses/declarations.mjs') },
  },
});
const root = path.resolve(args.root);
const declarations = await import(pathToFileURL(path.resolve(args.declarations)).href);
const { rows, problems } = checkLicenses({
  root,
  data: declarations.shippedData,
  overrides: declarations.licenseOverrides,
});

const header = ['package', 'version', 'licence', 'bundles', ''];
const lines = rows.map((row) => [
  row.kind === 'project' ? `${row.name} (this project)` : row.kind === 'data' ? `${row.name} [data]` : row.name,
  row.version,
  `${row.license ?? '(none)'}${row.licenseSource ? ` (per ${row.licenseSource})` : ''}`,
  [...row.bundles].sort().join(', '),
  row.problem ? 'REFUSED' : '',
]);
const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
/** @param {string[]} cells */
const format = (cells) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join('  ')
    .trimEnd();
console.log(format(header));
console.log(format(widths.map((width) => '-'.repeat(width))));
for (const line of lines) console.log(format(line));

/** @type {Map<string, number>} */
const byLicense = new Map();
for (const row of rows) byLicense.set(row.license ?? '(none)', (byLicense.get(row.license ?? '(none)') ?? 0) + 1);
const counts = [...byLicense]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
  .map(([license, n]) => `${license} ${n}`);
console.log(`\n${rows.length} shipped (${counts.join(', ')}).`);

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) with what ships in an ${PROJECT_LICENSE} app:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`All compatible with ${PROJECT_LICENSE}.`);
