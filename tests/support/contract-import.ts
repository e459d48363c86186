import fs from 'node:fs';
import fc from 'fast-check';
import type { ParloirApp } from '../../electron/services/create-app';
import { matchKey } from '../../electron/services/import-export/import-words';
import { checkVault, perform, type Outcomes } from './contract-calls';
import type { VaultModel } from './fuzz-vault-model';
import { COLLIDING_TEXT } from './zod-arbitrary';

/**
 * A spreadsheet import in the middle of a sequence: the file is written, then picked, checked and run as the import
 * screen does (pickFile, check, run with the mapping it suggested). Its rows reuse the names the other calls use,
 * so imported tags and facilities meet existing ones; an import writes in bulk and keeps the search index itself.
 */

const HEADER = ['Last name', 'First name', 'Prisoner number', 'Facility', 'City', 'Country', 'Status', 'Tags', 'Since'];
const name = fc.oneof(
  { arbitrary: fc.constantFrom(...COLLIDING_TEXT), weight: 3 },
  fc.string({ minLength: 1, maxLength: 12 }),
);
/** A facility named in full (matched with one of the vault's, or created), mostly; sometimes one the import refuses. */
const facility = fc.oneof(
  {
    arbitrary: fc.tuple(name, name, fc.constantFrom('FR', 'France', 'Greece', 'United Kingdom', 'DE', 'Belgique')),
    weight: 4,
  },
  { arbitrary: fc.constant(['', '', ''] as const), weight: 2 },
  fc.tuple(fc.constantFrom('', 'Fresnes'), fc.constantFrom('', 'Paris'), fc.constantFrom('', 'QX', 'Atlantis')),
);
const row = fc
  .tuple(
    name,
    fc.oneof(name, fc.constant('')),
    fc.oneof(fc.constant(''), fc.constantFrom('12345', '777/24', 'A-1'), fc.string({ maxLength: 8 })),
    facility,
    fc.oneof(
      { arbitrary: fc.constantFrom('', 'pre-trial', 'Sentenced', 'libéré', 'inconnu'), weight: 9 },
      fc.constant('what'),
    ),
    fc.array(fc.constantFrom(...COLLIDING_TEXT), { maxLength: 3 }).map((tags) => tags.join(' | ')),
    fc.oneof({ arbitrary: fc.constantFrom('2025-03-01', '01/02/2024'), weight: 6 }, fc.constant('')),
  )
  // A number belongs to a stay, which needs a facility and a start date: without them the import refuses the row.
  .map(([family, given, number, [place, city, country], status, tags, since]) => [
    family,
    given,
    place ? number : '',
    place,
    city,
    country,
    status,
    tags,
    place ? since : '',
  ]);
const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;
/** One to four rows, mostly ones the import takes (a row it refuses makes it refuse the whole file). */
export const importFileArbitrary = fc
  .uniqueArray(row, { minLength: 1, maxLength: 4, selector: (r) => matchKey(r[0] ?? '') })
  .map((rows) => [HEADER, ...rows].map((r) => r.map(quoted).join(',')).join('\r\n') + '\r\n');

/** How the import is run: what it does with rows already in the vault, and whether rows with a problem are set aside. */
export const importChoiceArbitrary = fc.record({
  duplicates: fc.constantFrom('refuse', 'skip', 'update', 'import'),
  setAside: fc.boolean(),
});
export type ImportChoice = typeof importChoiceArbitrary extends fc.Arbitrary<infer T> ? T : never;

export class ImportSpreadsheet implements fc.AsyncCommand<VaultModel, ParloirApp> {
  constructor(
    readonly csv: string,
    readonly choice: ImportChoice,
    /** What the test's import dialog answers while the file is there. */
    readonly file: string,
    readonly outcomes: Outcomes,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: VaultModel, real: ParloirApp): Promise<void> {
    const made: string[] = [];
    fs.writeFileSync(this.file, this.csv);
    try {
      const picked = await perform({ channel: 'import:pickFile', input: {} }, model, real, this.outcomes);
      made.push(picked.shown);
      const chosen = picked.value as { status: string; token?: string; suggestedMapping?: unknown } | undefined;
      if (chosen?.status === 'chosen') {
        const job = { token: chosen.token, mapping: chosen.suggestedMapping };
        made.push(
          (
            await perform(
              { channel: 'import:check', input: { ...job, duplicates: this.choice.duplicates } },
              model,
              real,
              this.outcomes,
            )
          ).shown,
        );
        made.push(
          (await perform({ channel: 'import:run', input: { ...job, ...this.choice } }, model, real, this.outcomes))
            .shown,
        );
      }
    } finally {
      fs.rmSync(this.file, { force: true });
    }
    await checkVault(made, model, real);
  }

  toString(): string {
    return `import ${JSON.stringify(this.csv)} ${JSON.stringify(this.choice)}`;
  }
}
