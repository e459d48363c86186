import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/services/import-export/import-run';
import { ImportWorker } from '../../../electron/services/import-export/import-worker-runner';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from './import-app';

const HEADERS = [
  'Nom',
  'Prénom',
  'Numéro d’écrou',
  'Prison',
  'Ville',
  'Pays',
  'Statut',
  'Date de naissance',
  'Campagnes',
  'Notes',
  'Incarcéré depuis',
];
const FACILITIES = [
  ['Maison d’arrêt de Fresnes', 'Fresnes', 'France'],
  ['JVA Moabit', 'Berlin', 'DE'],
  ['Korydallos', 'Αθήνα', 'Grèce'],
  ['Silivri Cezaevi', 'İstanbul', 'Turquie'],
] as const;
const DEFECTS = [
  'none',
  'noFamilyName',
  'badStatus',
  'badDate',
  'noCity',
  'badCountry',
  'numberWithoutFacility',
  'duplicate',
  'noStayDate',
] as const;
type Defect = (typeof DEFECTS)[number];

/** Text with what breaks naive CSV: delimiters, quotes, newlines, leading formula characters, accents. */
const trickyText = fc.string({
  unit: fc.constantFrom('a', 'é', 'ş', 'Ł', ' ', ';', ',', '\t', '"', '\n', '\r\n', "'", '=', '-', 'ı', 'ß'),
  maxLength: 12,
});

const row = fc.record({
  name: fc.string({
    unit: fc.constantFrom('a', 'b', 'é', 'ü', 'ğ', 'Ł', 'İ', 'ı', 'ß', 'o', ' ', '-', '’', ';', ',', '"'),
    minLength: 1,
    maxLength: 10,
  }),
  given: trickyText,
  number: fc.option(fc.stringMatching(/^[A-Z0-9-]{1,8}$/), { nil: null }),
  facility: fc.option(fc.integer({ min: 0, max: FACILITIES.length - 1 }), { nil: null }),
  status: fc.constantFrom('', 'Prévenu·e', 'condamné', 'Released', 'inconnu'),
  birth: fc.constantFrom('', '1990-03-05', '05/03/1990', '29/02/2024'),
  tags: fc.subarray(['Procès de Lyon', 'procès de lyon', 'Antirep', 'Grève | faim', '2024']),
  notes: trickyText,
  defect: fc.oneof(
    { arbitrary: fc.constant<Defect>('none'), weight: 12 },
    { arbitrary: fc.constantFrom(...DEFECTS), weight: 1 },
  ),
});

const file = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 25 }),
  delimiter: fc.constantFrom(';', ',', '\t'),
  quoteAll: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  /** All or nothing, or the good rows imported and the others set aside. */
  setAside: fc.boolean(),
});
type GeneratedFile = typeof file extends fc.Arbitrary<infer T> ? T : never;

interface Written {
  text: string;
  /** The rows without a defect: all of the file's when it is valid. */
  families: string[];
  setAside: number;
  valid: boolean;
  withFacility: number;
  facilitiesUsed: Set<number>;
}

/** Writes the CSV by hand (not with papaparse), so the reader is checked against an independent writer. */
function writeCsv(generated: GeneratedFile, run: number, known: ReadonlySet<number>): Written {
  const quote = (cell: string) =>
    generated.quoteAll || /[;,\t"\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
  const lines = [HEADERS.map(quote).join(generated.delimiter)];
  const families: string[] = [];
  const written: { family: string; given: string; number: string }[] = [];
  let valid = true;
  let setAside = 0;
  let withFacility = 0;
  const facilitiesUsed = new Set<number>();
  generated.rows.forEach((r, index) => {
    // Unique in the file and across runs unless the row is meant to repeat the one before.
    const facility = r.facility === null ? null : FACILITIES[r.facility];
    let family = `${r.name.trim() || 'x'} R${run}N${index}`;
    let given = r.given;
    let number = facility ? (r.number ?? '') : '';
    if (!facility && r.defect === 'numberWithoutFacility') number = r.number ?? 'N1';
    const previous = index > 0 ? written[index - 1] : undefined;
    if (r.defect === 'duplicate' && previous) ({ family, given, number } = previous);
    const facilityName = facility?.[0] ?? '';
    let city: string = facility?.[1] ?? '';
    let country: string = facility?.[2] ?? '';
    if (facility && r.defect === 'noCity') city = '';
    if (facility && r.defect === 'badCountry') country = 'Atlantide';
    const status = r.defect === 'badStatus' ? 'en cavale' : r.status;
    const birth = r.defect === 'badDate' ? '31/02/1990' : r.birth;
    const since = facility && r.defect !== 'noStayDate' ? '2024-05-01' : '';
    if (r.defect === 'noFamilyName') family = '';
    const defective =
      r.defect === 'noFamilyName' ||
      r.defect === 'badStatus' ||
      r.defect === 'badDate' ||
      (r.defect === 'numberWithoutFacility' && facility === null) ||
      (r.defect === 'duplicate' && previous !== undefined) ||
      (r.defect === 'noStayDate' && facility !== null) ||
      // Without a city, a facility already in the vault is still found by its name; a new one cannot be created.
      (facility !== null &&
        r.facility !== null &&
        (r.defect === 'badCountry' || (r.defect === 'noCity' && !known.has(r.facility))));
    if (defective) {
      valid = false;
      setAside += 1;
    } else {
      if (facility) {
        withFacility += 1;
        facilitiesUsed.add(r.facility ?? -1);
      }
      families.push(family);
    }
    written.push({ family, given, number });
    const cells = [
      family,
      given,
      number,
      facilityName,
      city,
      country,
      status,
      birth,
      r.tags.join(', '),
      r.notes,
      since,
    ];
    lines.push(cells.map((cell) => quote(cell ?? '')).join(generated.delimiter));
  });
  const text = `${generated.bom ? '\uFEFF' : ''}${lines.join(generated.newline)}${generated.newline}`;
  return { text, families, setAside, valid, withFacility, facilitiesUsed };
}

describe('import atomicity (generated spreadsheets)', () => {
  let app: ImportApp;
  beforeAll(async () => {
    app = await ImportApp.create();
  });

  it('imports every row or none (or, when asked, exactly the good rows): counts and search index as expected', async () => {
    const dir = tempDir();
    const known = new Set<number>();
    let run = 0;
    let imported = 0;
    let refused = 0;
    let setAsideRuns = 0;
    await fc.assert(
      fc.asyncProperty(file, async (generated) => {
        run += 1;
        const written = writeCsv(generated, run, known);
        const target = path.join(dir, `run-${run}.csv`);
        fs.writeFileSync(target, written.text);
        const before = await app.counts();
        const picked = await app.pick(target);
        const result = await app.result('import:run', {
          token: picked.token,
          mapping: picked.suggestedMapping,
          setAside: generated.setAside,
        });
        const after = await app.counts();
        if (!result.ok) {
          expect(generated.setAside).toBe(false);
          refused += 1;
          expect(result.error.code).toBe('IMPORT_INVALID');
          expect(written.valid).toBe(false);
          expect(after).toEqual(before);
          return;
        }
        if (written.valid) imported += 1;
        else setAsideRuns += 1;
        expect(written.valid || generated.setAside).toBe(true);
        expect(result.value.setAside).toBe(written.setAside);
        const newFacilities = [...written.facilitiesUsed].filter((index) => !known.has(index)).length;
        for (const index of written.facilitiesUsed) known.add(index);
        expect(result.value.imported).toBe(written.families.length);
        expect(after.prisoners - before.prisoners).toBe(written.families.length);
        expect(after.stays - before.stays).toBe(written.withFacility);
        expect(after.facilities - before.facilities).toBe(newFacilities);
        expect(after.search_index - before.search_index).toBe(written.families.length + newFacilities);
        expect(after.search_rows - before.search_rows).toBe(written.families.length + newFacilities);
        const stored = await app.app.context.vault.db
          .selectFrom('prisoners')
          .select('family_name')
          .where('family_name', 'in', written.families)
          .execute();
        expect(stored.map((p) => p.family_name).sort()).toEqual([...written.families].sort());
      }),
      // A fixed seed: the same 25 spreadsheets every run, a mix of valid and refused ones.
      { numRuns: 25, seed: 20261130 },
    );
    // Both outcomes were met, or the property says little.
    expect(imported).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
    expect(setAsideRuns).toBeGreaterThan(3);
    // Each file is read by its own worker thread (under tsx here, about a second to start on a slow machine).
  }, 300_000);

  it('rolls everything back when the import fails half-way through its writes', async () => {
    const target = path.join(tempDir(), 'many.csv');
    const rows = Array.from(
      { length: 250 },
      (_, i) => `Nom${i};Prénom;${i};Maison d’arrêt de Nulle-Part;Nulle-Part;FR;Tag ${i % 3};01/03/2025`,
    );
    fs.writeFileSync(target, ['Nom;Prénom;Écrou;Prison;Ville;Pays;Tags;Depuis', ...rows].join('\n'));
    const signal = app.app.context.vault.lockSignal;
    const { worker, summary } = await ImportWorker.open(target, signal);
    try {
      const before = await app.counts();
      const seen: number[] = [];
      const failing = runImport(
        app.app.context.vault.db,
        worker,
        summary.suggestedMapping,
        { duplicates: 'refuse', setAside: false, signal },
        (done) => {
          seen.push(done);
          if (done >= 200) throw new Error('disk unplugged');
        },
      );
      await expect(failing).rejects.toThrow('disk unplugged');
      expect(seen).toContain(200);
      expect(await app.counts()).toEqual(before);
    } finally {
      worker.terminate();
    }
  });
});
