import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importLimits } from '../../../shared/import-export/import-export.schemas';
import { writePlausibleCsv } from '../../fixtures/csv/generated-csv';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { tempDir } from '../../support/temp-dir';
import { lockedVault } from '../../support/vault-fixture';

/** What the laptop may spend on the largest file allowed, on top of Parloir itself. */
const PEAK_RSS_LIMIT_MB = 500;

let bundle: Bundle;
beforeAll(async () => {
  // Bundled and run with plain node, as the built app runs (the import worker beside it): tsx would weigh on the figure.
  bundle = await bundleScripts({ 'import-memory-child': 'tests/unit/import-export/import-memory-child.ts' });
});
afterAll(() => bundle.remove());

it(`imports a 20 MB spreadsheet within ${PEAK_RSS_LIMIT_MB} MB of memory, from choosing it to the last row written`, async () => {
  const dir = tempDir();
  await lockedVault(dir);
  const file = path.join(dir, 'registre-complet.csv');
  const written = writePlausibleCsv(file);
  expect(fs.statSync(file).size).toBeGreaterThan(importLimits.bytes - 64 * 1024);
  expect(fs.statSync(file).size).toBeLessThanOrEqual(importLimits.bytes);

  const child = await promisify(execFile)(process.execPath, [bundle.files['import-memory-child'] ?? '', dir, file], {
    env: bundle.env,
  });
  const report = JSON.parse(child.stdout) as { rows: number; problems: number; imported: number; peakRssMb: number };
  expect(report).toMatchObject({ rows: written.rows, problems: 0, imported: written.rows });
  expect(report.peakRssMb).toBeLessThan(PEAK_RSS_LIMIT_MB);
}, 900_000);
