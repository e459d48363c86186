// The correspondence reports and the letter log's export on the large fixture vault (200,000 letters), through
// dispatch as the window and `parloir call` reach them, and a 10,000-row letter log imported into a fresh vault.
import fs from 'node:fs';
import path from 'node:path';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import type { Channel } from '../../shared/channels';
import type { InputOf } from '../../shared/contract';
import { testDialogs } from '../support/dialogs';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';
import { loadLettersLookup } from '../../electron/services/import-export/letters-import-lookup';

const REPEATS = 5;
const LOG_ROWS = 10_000;
const LOG_PRISONERS = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed<C extends Channel>(app: ParloirApp, channel: C, input: InputOf<C>): Promise<number> {
  const started = performance.now();
  const result = await dispatch(app, channel, input);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return elapsed;
}

async function repeated<C extends Channel>(app: ParloirApp, channel: C, input: InputOf<C>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) times.push(await timed(app, channel, input));
  return round(median(times));
}

async function call<C extends Channel>(app: ParloirApp, channel: C, input: InputOf<C>): Promise<unknown> {
  const result = await dispatch(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A fresh vault with LOG_PRISONERS prisoners, and a log of LOG_ROWS letters naming them by name and number. */
async function importLog(workDir: string): Promise<number> {
  const dataDir = path.join(workDir, 'letters-import');
  const file = path.join(workDir, 'registre.csv');
  const app = createApp({ dataDir, dialogs: testDialogs({ chooseImportFile: async () => file }) });
  await call(app, 'vault:create', { passphrase: LARGE_VAULT_PASSPHRASE });
  const facility = (await call(app, 'facilities:create', {
    name: 'Centre pénitentiaire de Fresnes',
    kind: 'prison',
    address: { country: 'FR', street: '1 allée des Thuyas', postcode: '94260', city: 'Fresnes' },
  })) as { id: number };
  for (let i = 0; i < LOG_PRISONERS; i += 1)
    await call(app, 'prisoners:create', {
      prisoner: { familyName: `Nom${i}`, givenNames: 'Prénom' },
      stay: { facilityId: facility.id, prisonerNumber: String(10_000 + i), from: '2020-01-01', startReason: 'arrest' },
    });
  const rows = Array.from({ length: LOG_ROWS }, (_, i) => {
    const p = i % LOG_PRISONERS;
    const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return `Nom${p};Prénom;${10_000 + p};${i % 3 === 0 ? 'reçue' : 'envoyée'};${day};3;Nouvelles`;
  });
  fs.writeFileSync(file, `Nom;Prénom;Numéro d’écrou;Sens;Date;Pages;Résumé\n${rows.join('\n')}\n`);
  const started = performance.now();
  const checked = (await call(app, 'lettersImport:check', {})) as { token: string; problemCount: number };
  if (checked.problemCount > 0) throw new Error('the generated log has problems');
  await call(app, 'lettersImport:run', { token: checked.token });
  const elapsed = performance.now() - started;
  await app.context.vault.lock();
  return round(elapsed);
}

export const letterReportsMeasurement = {
  name: 'correspondence reports and letter log on the large fixture (5,000 prisoners, 200,000 letters)',
  async run(workDir: string) {
    const csv = path.join(workDir, 'report.csv');
    const app = createApp({
      dataDir: await largeVault(),
      dialogs: testDialogs({ chooseExportFile: async () => (fs.rmSync(csv, { force: true }), csv) }),
    });
    const unlocked = await app.call('vault:unlock', { method: 'passphrase', secret: LARGE_VAULT_PASSPHRASE });
    if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
    const year = { from: '2024-01-01', to: '2024-12-31' };
    const figures: { key: string; label: string; value: number; unit: 'ms' | 'MB' }[] = [
      {
        key: 'report_correspondence_year_csv_ms',
        label: `correspondence of a year as CSV (query, table, file), median of ${REPEATS}`,
        value: await repeated(app, 'print:report', { list: 'correspondence', format: 'csv', ...year }),
        unit: 'ms' as const,
      },
      {
        key: 'report_correspondence_year_pdf_ms',
        label: `correspondence of a year as PDF, median of ${REPEATS}`,
        value: await repeated(app, 'print:report', { list: 'correspondence', format: 'pdf', ...year }),
        unit: 'ms' as const,
      },
      {
        key: 'report_not_written_to_csv_ms',
        label: `not written to (the group's wait) as CSV, median of ${REPEATS}`,
        value: await repeated(app, 'print:report', { list: 'notWrittenTo', format: 'csv' }),
        unit: 'ms' as const,
      },
      {
        key: 'letters_export_all_ms',
        label: `every letter exported as CSV text, median of ${REPEATS}`,
        value: await repeated(app, 'lettersExport:run', { destination: 'text' }),
        unit: 'ms' as const,
      },
    ];
    // What a letter log's check sends the import worker for its duplicate check: one hashed line per letter.
    const started = performance.now();
    const lookup = await loadLettersLookup(app.context.vault.db, new AbortController().signal);
    figures.push(
      {
        key: 'letters_import_lookup_ms',
        label: 'the duplicate lookup of the letter import, read from every letter (summaries hashed)',
        value: round(performance.now() - started),
        unit: 'ms' as const,
      },
      {
        key: 'letters_import_lookup_mb',
        label: 'its size, copied once to the import worker',
        value: round(Buffer.byteLength(lookup.letters) / 1e6),
        unit: 'MB' as const,
      },
    );
    await app.context.vault.lock();
    figures.push({
      key: 'letters_import_10k_ms',
      label: `a ${LOG_ROWS.toLocaleString('en')}-row letter log checked and imported (${LOG_PRISONERS} prisoners)`,
      value: await importLog(workDir),
      unit: 'ms' as const,
    });
    return figures;
  },
};
