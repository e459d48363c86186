// The Electron audit: Electronegativity 1.10.3 over the main-process and preload sources together with the built
// renderer HTML, as one application (its CSP check must see the page's CSP). Prints every finding; exits 1 on any
// finding and on any file it could not parse (a file it cannot read is a file it did not check).
//
// Electronegativity's CLI fetches translations from the network before scanning (and crashes when it cannot). The
// app is audited offline, so its runner is called directly with the translation loader replaced by the same i18n
// set-up from the package's local files. The options are those of
// `electronegativity -i <dir> -o <file.csv> -x AvailableSecurityFixesGlobalCheck -e <electron version> -r`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const ELECTRON_VERSION = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
// Needs data from the network (Electron's release list); the only check left out.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
// The tests point the audit at fixtures; `npm run test:audit` uses the defaults.
const { values: args } = parseArgs({
  options: {
    'electron-dir': { type: 'string', default: path.join(root, 'electron') },
    'renderer-dir': { type: 'string', default: path.join(root, 'dist', 'renderer') },
    output: { type: 'string', default: path.join(root, 'test-results', 'electronegativity.csv') },
  },
});
const OUTPUT = path.resolve(args.output);

const requireFromTool = createRequire(path.join(root, 'node_modules/@doyensec/electronegativity/package.json'));

function installOfflineTranslations() {
  const loaderPath = requireFromTool.resolve('./dist/locales/i18n.js');
  const i18n = requireFromTool('i18n');
  const offline = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(loaderPath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  // A finished module record in require's cache: the tool's runner gets this loader instead of its own.
  requireFromTool.cache[loaderPath] = /** @type {NodeJS.Module} */ (
    /** @type {unknown} */ ({
      id: loaderPath,
      filename: loaderPath,
      loaded: true,
      exports: offline,
      children: [],
      paths: [],
    })
  );
}

/**
 * @param {string} from
 * @param {string} to
 * @param {(name: string) => boolean} keep
 */
function copyTree(from, to, keep) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target, keep);
    else if (keep(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

/** One folder holding what is audited: electron/ as written and the renderer's built HTML. */
function stage() {
  const rendererDir = path.resolve(args['renderer-dir']);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${path.join(rendererDir, 'index.html')} is missing: run \`npm run build\` before the audit`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-audit-'));
  copyTree(path.resolve(args['electron-dir']), path.join(dir, 'electron'), () => true);
  copyTree(rendererDir, path.join(dir, 'dist', 'renderer'), (/** @type {string} */ name) => /\.html?$/i.test(name));
  return dir;
}

/**
 * @typedef {{ name: string }} Level
 * @typedef {{ id: string, file: string, location: { line: number, column: number }, description: string, sample?: string,
 *   severity: Level, confidence: Level }} Issue
 * @typedef {{ file: string, message: string, tolerable: boolean }} ParseError
 * @typedef {{ atomicChecks: number, globalChecks: number, issues: Issue[], errors: ParseError[] }} AuditResult
 * @typedef {(options: object, forCli: boolean) => Promise<AuditResult>} Runner
 */

async function main() {
  installOfflineTranslations();
  const run = /** @type {Runner} */ (requireFromTool('./dist/runner.js'));
  const input = stage();
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.rmSync(OUTPUT, { force: true });
  try {
    const result = await run(
      {
        input,
        output: OUTPUT,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        isRelative: true,
        isVerbose: true,
        electronVersionOverride: ELECTRON_VERSION,
        parserPlugins: [],
      },
      false,
    );
    const failures = result.errors.filter((error) => !error.tolerable);
    console.log(
      `Electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks (Electron ${ELECTRON_VERSION}, excluded: ${EXCLUDED_CHECKS.join(', ')})`,
    );
    for (const issue of result.issues) {
      console.log(
        `  ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line}:${issue.location.column}`,
      );
      console.log(`    ${issue.description}`);
      if (issue.sample) console.log(`    ${String(issue.sample).trim()}`);
    }
    for (const error of failures)
      console.log(`  could not parse ${path.relative(input, error.file)}: ${error.message}`);
    if (result.issues.length > 0 || failures.length > 0) {
      console.log(`${result.issues.length} finding(s), ${failures.length} unparsed file(s); report: ${OUTPUT}`);
      process.exitCode = 1;
    } else {
      console.log('0 findings.');
    }
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }
}

await main();
