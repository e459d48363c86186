import { describe, expect, test } from 'vitest';
import type { AttentionKind } from '../../../shared/dashboard/dashboard.schemas';
import { attentionPrisoners } from '../../../db/dashboard/attention.queries';
import { dashboardCounts } from '../../../db/dashboard/dashboard.queries';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { TestApp } from '../../support/test-app';
import { facility, forest } from '../registry/registry-data';
import { inMuret, letter, parcel, TODAY } from './dashboard-data';

async function setup() {
  const r = await TestApp.create();
  return { r, db: r.app.context.vault.db };
}

/** The family names of the prisoners a count is about, sorted: what the prisoner list shows for that tile. */
async function named(db: VaultDb, kind: AttentionKind, today = TODAY): Promise<string[]> {
  const rows = await db
    .selectFrom('prisoners')
    .select('family_name')
    .where('id', 'in', attentionPrisoners(db, kind, today))
    .orderBy('family_name')
    .execute();
  return rows.map((row) => row.family_name);
}

describe('dashboard counts (today is ' + TODAY + ')', () => {
  test('an empty vault: nothing to do, no prisoner yet, the default settings', async () => {
    const { r, db } = await setup();
    expect(await dashboardCounts(db, TODAY)).toEqual({
      hasPrisoners: false,
      repliesOverdue: 0,
      noLetter: 0,
      birthdays: 0,
      releases: 0,
      transfers: 0,
      letterIssues: 0,
      parcelIssues: 0,
      oldDrafts: 0,
      noLetterDays: 45,
      replyWindowDays: 30,
    });
    // The channel answers the same through dispatch (its today is the machine's).
    expect((await r.call('dashboard:get', {})).hasPrisoners).toBe(false);
  });

  test('replies overdue: a letter sent and not answered for the reply window, the prisoner’s or the group’s', async () => {
    const { r, db } = await setup();
    const exactly = await inMuret(r, 'A-thirty-days');
    await letter(db, exactly, { direction: 'out', status: 'sent', on: '2026-11-10' });
    const recent = await inMuret(r, 'B-twenty-nine-days');
    await letter(db, recent, { direction: 'out', status: 'sent', on: '2026-11-11' });
    const answered = await inMuret(r, 'C-answered');
    await letter(db, answered, { direction: 'out', status: 'sent', on: '2026-10-01' });
    await letter(db, answered, { direction: 'in', status: 'received', on: '2026-10-15' });
    const answeredBefore = await inMuret(r, 'D-answer-before-the-letter');
    await letter(db, answeredBefore, { direction: 'in', status: 'received', on: '2026-10-01' });
    await letter(db, answeredBefore, { direction: 'out', status: 'sent', on: '2026-10-20' });
    const ownWindow = await inMuret(r, 'E-sixty-day-window');
    await db.updateTable('prisoners').set({ reply_window_days: 60 }).where('id', '=', ownWindow).execute();
    await letter(db, ownWindow, { direction: 'out', status: 'sent', on: '2026-10-12' });
    const returned = await inMuret(r, 'F-returned');
    await letter(db, returned, { direction: 'out', status: 'returned', on: '2026-09-01' });
    const released = await inMuret(r, 'G-released', { status: 'released' });
    await letter(db, released, { direction: 'out', status: 'sent', on: '2026-09-01' });

    expect(await named(db, 'repliesOverdue')).toEqual(['A-thirty-days', 'D-answer-before-the-letter']);
    expect((await dashboardCounts(db, TODAY)).repliesOverdue).toBe(2);
    // The sixty days of E's own window are reached the next day.
    expect(await named(db, 'repliesOverdue', '2026-12-11')).toContain('E-sixty-day-window');

    await r.call('settings:set', { replyWindowDays: 29 });
    expect(await named(db, 'repliesOverdue')).toEqual([
      'A-thirty-days',
      'B-twenty-nine-days',
      'D-answer-before-the-letter',
    ]);
    expect((await dashboardCounts(db, TODAY)).replyWindowDays).toBe(29);
  });

  test('no letter out in N days: only prisoners one can write to, drafts do not count', async () => {
    const { r, db } = await setup();
    const lastOnTheDay = await inMuret(r, 'A-forty-five-days');
    await letter(db, lastOnTheDay, { direction: 'out', status: 'sent', on: '2026-10-26' });
    const lastNextDay = await inMuret(r, 'B-forty-four-days');
    await letter(db, lastNextDay, { direction: 'out', status: 'sent', on: '2026-10-27' });
    await inMuret(r, 'C-never-written-to');
    const onlyDraft = await inMuret(r, 'D-only-a-draft');
    await letter(db, onlyDraft, { direction: 'out', status: 'draft', on: '2026-12-01' });
    const wroteToUs = await inMuret(r, 'E-only-a-letter-in');
    await letter(db, wroteToUs, { direction: 'in', status: 'received', on: '2026-12-01' });
    await inMuret(r, 'F-do-not-write', { doNotWrite: true });
    await inMuret(r, 'G-released', { status: 'released' });
    const archived = await inMuret(r, 'H-archived');
    await r.call('prisoners:archive', { id: archived, archived: true });
    await r.call('prisoners:create', { prisoner: { familyName: 'I-no-stay' } });

    expect(await named(db, 'noLetter')).toEqual([
      'A-forty-five-days',
      'C-never-written-to',
      'D-only-a-draft',
      'E-only-a-letter-in',
    ]);
    await r.call('settings:set', { noLetterDays: 44 });
    expect(await named(db, 'noLetter')).toContain('B-forty-four-days');
    expect(await dashboardCounts(db, TODAY)).toMatchObject({ noLetter: 5, noLetterDays: 44, hasPrisoners: true });
  });

  test('birthdays in the next 30 days, across the new year', async () => {
    const { r } = await setup();
    const db = r.app.context.vault.db;
    await inMuret(r, 'A-today', { dateOfBirth: '1990-12-10' });
    await inMuret(r, 'B-day-29', { dateOfBirth: '1985-01-08' });
    await inMuret(r, 'C-day-30', { dateOfBirth: '1985-01-09' });
    await inMuret(r, 'D-yesterday', { dateOfBirth: '1990-12-09' });
    await inMuret(r, 'E-deceased', { dateOfBirth: '1990-12-20', status: 'deceased' });
    await inMuret(r, 'F-no-date');
    expect(await named(db, 'birthdays')).toEqual(['A-today', 'B-day-29']);
    // Away from the new year the window is one range.
    expect(await named(db, 'birthdays', '2026-11-11')).toEqual(['A-today', 'D-yesterday']);
    expect((await dashboardCounts(db, TODAY)).birthdays).toBe(2);
  });

  test('releases expected in the next 60 days', async () => {
    const { r, db } = await setup();
    await inMuret(r, 'A-today', { expectedRelease: '2026-12-10' });
    await inMuret(r, 'B-day-59', { expectedRelease: '2027-02-07' });
    await inMuret(r, 'C-day-60', { expectedRelease: '2027-02-08' });
    await inMuret(r, 'D-yesterday', { expectedRelease: '2026-12-09' });
    await inMuret(r, 'E-already-released', { expectedRelease: '2026-12-20', status: 'released' });
    expect(await named(db, 'releases')).toEqual(['A-today', 'B-day-59']);
    expect((await dashboardCounts(db, TODAY)).releases).toBe(2);
  });

  test('transfers in the last 30 days', async () => {
    const { r, db } = await setup();
    const haren = await facility(r, forest);
    const moves = { 'A-today': '2026-12-10', 'B-29-days-ago': '2026-11-11', 'C-30-days-ago': '2026-11-10' };
    for (const [name, date] of Object.entries(moves)) {
      const id = await inMuret(r, name);
      await r.call('stays:transfer', { prisonerId: id, facilityId: haren, prisonerNumber: null, date });
    }
    await inMuret(r, 'D-not-moved');
    expect(await named(db, 'transfers')).toEqual(['A-today', 'B-29-days-ago']);
    expect((await dashboardCounts(db, TODAY)).transfers).toBe(2);
  });

  test('returned or withheld letters and refused, returned or lost parcels nobody has handled', async () => {
    const { r, db } = await setup();
    const id = await inMuret(r, 'A');
    await letter(db, id, { direction: 'out', status: 'returned', on: '2026-11-01' });
    await letter(db, id, { direction: 'out', status: 'withheld', on: '2026-11-02' });
    await letter(db, id, {
      direction: 'out',
      status: 'returned',
      on: '2026-11-03',
      handledAt: '2026-11-20T10:00:00.000Z',
    });
    await letter(db, id, { direction: 'out', status: 'lost', on: '2026-11-04' });
    for (const status of ['refused', 'returned', 'lost', 'delivered', 'sent']) await parcel(db, id, status);
    await parcel(db, id, 'refused', '2026-11-20T10:00:00.000Z');
    expect(await dashboardCounts(db, TODAY)).toMatchObject({ letterIssues: 2, parcelIssues: 3 });
  });

  test('drafts started more than 7 days ago', async () => {
    const { r, db } = await setup();
    const id = await inMuret(r, 'A');
    const draft = (createdAt: string) =>
      letter(db, id, { direction: 'out', status: 'draft', on: '2026-11-01', createdAt });
    await draft('2026-12-02T23:59:59.999Z');
    await draft('2026-11-01T08:00:00.000Z');
    await draft('2026-12-03T00:00:00.000Z');
    await letter(db, id, { direction: 'out', status: 'sent', on: '2026-11-01', createdAt: '2026-11-01T08:00:00.000Z' });
    expect((await dashboardCounts(db, TODAY)).oldDrafts).toBe(2);
  });
});
