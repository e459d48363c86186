import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagIdsByName } from '../../../cli/commands/print-to-file';
import { nameKey, sameName } from '../../../shared/same-name';
import { TestApp } from '../../support/test-app';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from '../import-export/import-app';

/** [the name in the vault, the name typed, whether they are one name]. Every name on the left is distinct. */
const PAIRS: readonly (readonly [string, string, boolean])[] = [
  ['Procès', 'proces', true],
  ['ÉTÉ', 'été', true],
  // Turkish: capital dotted İ and dotless ı both read as i, whatever the locale of the machine.
  ['İzmir', 'izmir', true],
  ['Diyarbakır', 'DIYARBAKIR', true],
  // Greek: the final sigma ς is σ, so the capitals and the small letters are one name.
  ['ΟΔΥΣΣΕΥΣ', 'Οδυσσευς', true],
  ['Straße', 'STRASSE', true],
  ['Maison d’arrêt', "maison d'arret", true],
  ['Antirep 2024', ' antirep-2024 ', true],
  ['Lyon', 'Lyons', false],
  ['Grève', 'Grèves', false],
  ['Procès de Lyon', 'Procès de Lille', false],
  // Names with no letter or digit keep their signs rather than all becoming "".
  ['★', '☆', false],
];

async function vaultWithNames<T extends TestApp>(app: T): Promise<{ app: T; ids: number[] }> {
  const ids: number[] = [];
  for (const [name] of PAIRS) ids.push((await app.call('tags:create', { name, description: null })).id);
  return { app, ids };
}

describe('the same-name rule', () => {
  it('folds accents, case, Turkish i, Greek final sigma, ß and punctuation; keeps names of signs apart', () => {
    expect(PAIRS.map(([a, b]) => sameName(a, b))).toEqual(PAIRS.map(([, , same]) => same));
    expect(nameKey('  Procès-de-Lyon ')).toBe('proces de lyon');
    expect(nameKey('★')).not.toBe(nameKey('☆'));
  });

  it('tag creation refuses exactly the names the rule calls the same', async () => {
    const { app } = await vaultWithNames(await TestApp.create());
    const refused: boolean[] = [];
    for (const [, typed] of PAIRS) {
      const result = await app.result('tags:create', { name: typed, description: null });
      refused.push(!result.ok && result.error.code === 'DUPLICATE');
    }
    expect(refused).toEqual(PAIRS.map(([, , same]) => same));
  });

  it('renaming a tag to a name the rule calls the same as another is refused too', async () => {
    const { app, ids } = await vaultWithNames(await TestApp.create());
    const other = (await app.call('tags:create', { name: 'Autre', description: null })).id;
    const error = await app.fail('tags:update', { id: other, tag: { name: 'PROCES', description: null } });
    expect(error.code).toBe('DUPLICATE');
    // A tag keeps its own name in other capitals.
    await app.call('tags:update', { id: ids[0] ?? 0, tag: { name: 'PROCÈS', description: null } });
  });

  it('the import puts a row on the vault tag exactly when the rule calls the names the same', async () => {
    const { app, ids } = await vaultWithNames(await ImportApp.create());
    const file = path.join(tempDir('parloir-same-name-'), 'names.csv');
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    fs.writeFileSync(file, ['Last name,Tags', ...PAIRS.map(([, typed], i) => `Row${i},${quote(typed)}`)].join('\n'));
    const picked = await app.pick(file);
    await app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    const list = await app.call('prisoners:list', { sort: 'name' });
    const matched: boolean[] = [];
    for (const [i] of PAIRS.entries()) {
      const row = list.rows.find((r) => r.familyName === `Row${i}`);
      const detail = await app.call('prisoners:get', { id: row?.id ?? 0 });
      matched.push(detail.tags.length === 1 && detail.tags[0]?.id === ids[i]);
    }
    expect(matched).toEqual(PAIRS.map(([, , same]) => same));
  });

  it("the command line's --tag finds the vault tag exactly when the rule calls the names the same", async () => {
    const { app, ids } = await vaultWithNames(await TestApp.create());
    const found: boolean[] = [];
    for (const [i, [, typed]] of PAIRS.entries()) {
      const result = await tagIdsByName(app.app, [typed]);
      found.push(Array.isArray(result) && result[0] === ids[i]);
      if (!Array.isArray(result)) expect(result).toEqual({ code: 'NOT_FOUND', detail: typed });
    }
    expect(found).toEqual(PAIRS.map(([, , same]) => same));
  });
});
