import { describe, expect, test } from 'vitest';
import { addDays, localToday } from '../../../shared/today';
import { filteredPrisoners } from '../../../db/registry/prisoner-filter.queries';
import { TestApp } from '../../support/test-app';
import { inMuret, TODAY } from './dashboard-data';

describe('the prisoner list’s attention filter', () => {
  test('lists exactly the prisoners a dashboard count is about, with the other filters', async () => {
    const r = await TestApp.create();
    const today = localToday();
    const soon = await inMuret(r, 'Soon', { expectedRelease: addDays(today, 10), status: 'sentenced' });
    await inMuret(r, 'Later', { expectedRelease: addDays(today, 200), status: 'sentenced' });
    const pretrial = await inMuret(r, 'Pretrial', { expectedRelease: addDays(today, 5), status: 'pretrial' });

    const listed = await r.call('prisoners:list', { attention: 'releases' });
    expect(listed.rows.map((row) => row.id).sort()).toEqual([soon, pretrial].sort());
    expect(listed.total).toBe(2);
    expect((await r.call('prisoners:list', { attention: 'releases', statuses: ['sentenced'] })).total).toBe(1);
    expect(await r.call('prisoners:ids', { attention: 'releases' })).toEqual([soon, pretrial].sort((a, b) => a - b));
    expect((await r.call('dashboard:get', {})).releases).toBe(2);
  });

  test('takes a fixed today', async () => {
    const r = await TestApp.create();
    const db = r.app.context.vault.db;
    const id = await inMuret(r, 'Birthday', { dateOfBirth: '1990-12-24' });
    const at = (today: string) =>
      filteredPrisoners(db, { statuses: [], tagIds: [], attention: 'birthdays', today }).select('p.id').execute();
    expect(await at(TODAY)).toEqual([{ id }]);
    expect(await at('2026-06-01')).toEqual([]);
  });
});
