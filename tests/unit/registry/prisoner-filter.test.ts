import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectRecipients } from '../../../db/printing/print-selection.queries';
import { prisonerReportRows } from '../../../db/printing/report.queries';
import { listPrisoners } from '../../../db/registry/prisoner-list.queries';
import { prisonerListInput } from '../../../shared/registry/prisoners.schemas';
import { printSelection } from '../../../shared/printing/printing.schemas';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from '../import-export/import-app';
import { facility, muret, prisoner, tegel } from './registry-data';

/** Seven prisoners: in France, in Germany, released, moved from France to Germany, without a stay, archived. */
async function registry() {
  const app = await ImportApp.create();
  const fr = await facility(app, muret);
  const de = await facility(app, tegel);
  const trial = (await app.call('tags:create', { name: 'Procès', description: null })).id;
  const strike = (await app.call('tags:create', { name: 'Grève', description: null })).id;
  const id = {
    inFrance: await prisoner(app, { familyName: 'Dupont' }, { facilityId: fr }),
    inGermany: await prisoner(app, { familyName: 'Müller' }, { facilityId: de }),
    released: await prisoner(app, { familyName: 'Bernard' }, { facilityId: fr }),
    moved: await prisoner(app, { familyName: 'Yılmaz' }, { facilityId: fr, from: '2023-01-01' }),
    noStay: await prisoner(app, { familyName: 'Kowalski' }),
    archived: await prisoner(app, { familyName: 'Martin' }, { facilityId: fr }),
  };
  await app.call('prisoners:update', { id: id.released, prisoner: { familyName: 'Bernard', status: 'released' } });
  await app.call('stays:transfer', { prisonerId: id.moved, facilityId: de, prisonerNumber: null, date: '2024-02-01' });
  await app.call('prisoners:archive', { id: id.archived, archived: true });
  await app.call('prisoners:setTags', { prisonerId: id.inFrance, tagIds: [trial, strike] });
  await app.call('prisoners:setTags', { prisonerId: id.moved, tagIds: [trial] });
  await app.call('prisoners:setTags', { prisonerId: id.archived, tagIds: [trial] });
  return { app, fr, de, trial, strike, id };
}

describe('the prisoner filters, once', () => {
  it('the list and the print selection give the same people for the same filters', async () => {
    const { app, fr, de, trial, strike, id } = await registry();
    const db = app.app.context.vault.db;
    const filterTable = [
      {},
      { facilityId: fr },
      { facilityId: de },
      { country: 'FR' },
      { country: 'DE' },
      { tagIds: [trial] },
      { tagIds: [trial, strike] },
      { tagIds: [trial, trial] },
      { statuses: ['released' as const] },
      { country: 'DE', tagIds: [trial] },
    ];
    for (const filters of filterTable) {
      const listed = (await listPrisoners(db, prisonerListInput.parse(filters))).rows.map((row) => row.id).sort();
      const selected = await selectRecipients(db, printSelection.parse(filters), null);
      const printed = [
        ...selected.recipients.map((r) => r.prisonerId),
        ...selected.excluded.map((e) => e.prisonerId),
      ].sort();
      expect({ filters, printed }).toEqual({ filters, printed: listed });
    }
    // Where they are now, not where they were: Yılmaz moved to Germany.
    expect((await listPrisoners(db, prisonerListInput.parse({ country: 'FR' }))).rows.map((r) => r.id)).not.toContain(
      id.moved,
    );
    // The print's own narrowing: the ticked rows, and none when none is ticked.
    const ticked = await selectRecipients(db, printSelection.parse({ prisonerIds: [id.inGermany, id.archived] }), null);
    expect(ticked.recipients.map((r) => r.prisonerId)).toEqual([id.inGermany]);
    expect((await selectRecipients(db, printSelection.parse({ prisonerIds: [] }), null)).recipients).toEqual([]);
  });

  it('reads a prisoner’s tags in one order: the detail, the report and the export', async () => {
    const app = await ImportApp.create();
    const names = ['Zèbre', 'antirep', 'Écrivain'];
    const tagIds = [];
    for (const name of names) tagIds.push((await app.call('tags:create', { name, description: null })).id);
    const id = await prisoner(app, { familyName: 'Dupont' });
    await app.call('prisoners:setTags', { prisonerId: id, tagIds });
    const ordered = ['antirep', 'Écrivain', 'Zèbre'];

    expect((await app.call('prisoners:get', { id })).tags.map((t) => t.name)).toEqual(ordered);
    const report = await prisonerReportRows(app.app.context.vault.db, prisonerListInput.parse({}));
    expect(report.find((row) => row.id === id)?.tags).toEqual(ordered);
    app.nextExportFile = path.join(tempDir('parloir-tags-order-'), 'export.csv');
    await app.call('export:csv', { list: 'prisoners', filters: {} });
    expect(fs.readFileSync(app.nextExportFile, 'utf8')).toContain(ordered.join(', '));
    // The search finds the prisoner by each tag.
    for (const name of ['zebre', 'antirep', 'ecrivain'])
      expect(JSON.stringify(await app.call('search:query', { text: name }))).toContain('Dupont');
  });
});
