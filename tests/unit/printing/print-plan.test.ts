import { describe, expect, it } from 'vitest';
import { TestApp } from '../../support/test-app';
import { facility, forest, muret, prisoner, tegel } from '../registry/registry-data';

const labels = { kind: 'labels', sheetId: 'L7160' } as const;

async function tagged(r: TestApp, name: string, ids: number[]): Promise<number> {
  const tag = await r.call('tags:create', { name });
  for (const id of ids) await r.call('prisoners:setTags', { prisonerId: id, tagIds: [tag.id] });
  return tag.id;
}

describe('print:plan selection', () => {
  it('leaves out do-not-write, released, deceased, archived and stay-less prisoners, each with its reason', async () => {
    const r = await TestApp.create();
    await r.call('settings:set', { groupCountry: 'FR' });
    const fr = await facility(r, muret);
    const ok = await prisoner(
      r,
      { familyName: 'Dupont', givenNames: 'Hélène' },
      { facilityId: fr, prisonerNumber: '12345' },
    );
    const dnw = await prisoner(r, { familyName: 'Martin' }, { facilityId: fr });
    await r.call('prisoners:update', {
      id: dnw,
      prisoner: { familyName: 'Martin', doNotWrite: true, doNotWriteReason: 'asked' },
    });
    const released = await prisoner(r, { familyName: 'Bernard' }, { facilityId: fr });
    await r.call('prisoners:update', { id: released, prisoner: { familyName: 'Bernard', status: 'released' } });
    const deceased = await prisoner(r, { familyName: 'Petit' }, { facilityId: fr });
    await r.call('prisoners:update', { id: deceased, prisoner: { familyName: 'Petit', status: 'deceased' } });
    const archived = await prisoner(r, { familyName: 'Robert' }, { facilityId: fr });
    await r.call('prisoners:archive', { id: archived, archived: true });
    const nowhere = await prisoner(r, { familyName: 'Richard' });

    const plan = await r.call('print:plan', { job: labels });
    expect(plan.recipients).toBe(1);
    expect(plan.items).toBe(1);
    expect(plan.pages).toBe(1);
    expect(plan.excluded.map((e) => [e.prisonerId, e.reason]).sort()).toEqual(
      [
        [dnw, 'do_not_write'],
        [released, 'released'],
        [deceased, 'deceased'],
        [nowhere, 'no_current_stay'],
      ].sort(),
    );
    expect(plan.excluded.map((e) => e.prisonerId)).not.toContain(archived);
    expect(plan.excluded.map((e) => e.prisonerId)).not.toContain(ok);

    const included = await r.call('print:plan', {
      job: labels,
      selection: { includeDoNotWrite: true, includeReleased: true, includeDeceased: true },
    });
    expect(included.recipients).toBe(4);
    expect(included.excluded.map((e) => e.reason)).toEqual(['no_current_stay']);
  });

  it('narrows by tag, facility, country and explicit ids, and counts copies and pages from the start label', async () => {
    const r = await TestApp.create();
    const fr = await facility(r, muret);
    const be = await facility(r, forest);
    const a = await prisoner(r, { familyName: 'Aubert' }, { facilityId: fr });
    const b = await prisoner(r, { familyName: 'Blanc' }, { facilityId: be });
    const c = await prisoner(r, { familyName: 'Carre' }, { facilityId: be });
    const tag = await tagged(r, 'Procès X', [a, b]);

    expect((await r.call('print:plan', { job: labels, selection: { tagIds: [tag] } })).recipients).toBe(2);
    expect((await r.call('print:plan', { job: labels, selection: { facilityId: be } })).recipients).toBe(2);
    expect((await r.call('print:plan', { job: labels, selection: { country: 'fr' } })).recipients).toBe(1);
    expect((await r.call('print:plan', { job: labels, selection: { prisonerIds: [c] } })).recipients).toBe(1);
    expect((await r.call('print:plan', { job: labels, selection: { prisonerIds: [] } })).recipients).toBe(0);

    // 3 recipients x 3 copies = 9 labels from the last label of row 7 (the 21st): 1 + 8 on a second sheet.
    const plan = await r.call('print:plan', { job: { ...labels, copies: 3, startRow: 7, startColumn: 3 } });
    expect(plan.items).toBe(9);
    expect(plan.pages).toBe(2);
  });

  it('warns per facility from its mail rules, and about a required sender only when none is chosen', async () => {
    const r = await TestApp.create();
    const refuses = await facility(r, { ...muret, rules: { lettersAllowed: false, senderAddressRequired: false } });
    const needsSender = await facility(r, { ...tegel, rules: { lettersAllowed: true, senderAddressRequired: true } });
    const unknown = await facility(r, forest);
    await prisoner(r, { familyName: 'Aubert' }, { facilityId: refuses });
    await prisoner(r, { familyName: 'Blanc' }, { facilityId: needsSender });
    await prisoner(r, { familyName: 'Bodart' }, { facilityId: needsSender });
    await prisoner(r, { familyName: 'Carre' }, { facilityId: unknown });

    const plan = await r.call('print:plan', { job: { kind: 'envelopes', format: 'DL' } });
    const warnings = plan.warnings.map((w) => [w.facilityId, w.kind, w.recipients]).sort();
    expect(warnings).toEqual(
      [
        [refuses, 'letters_not_allowed', 1],
        [needsSender, 'sender_required', 2],
        [unknown, 'rules_unknown', 1],
      ].sort(),
    );

    await r.call('settings:set', {
      groupSender: {
        name: 'Collectif',
        address: { country: 'FR', poBox: 'BP 1', postcode: '31000', city: 'Toulouse' },
      },
    });
    const withSender = await r.call('print:plan', {
      job: { kind: 'envelopes', format: 'DL', sender: { kind: 'group' } },
    });
    expect(withSender.warnings.map((w) => w.kind)).not.toContain('sender_required');
    // Destinations in several countries: the return address keeps its country line.
    expect(withSender.sender).toEqual(['Collectif', 'BP 1', '31000 TOULOUSE', 'FRANCE']);
    expect(withSender.senderOverflow).toBe(false);
  });

  it('lists the addresses that do not fit and the characters the font cannot show, before anything is printed', async () => {
    const r = await TestApp.create();
    const fr = await facility(r, muret);
    const long = await prisoner(
      r,
      { familyName: 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft', givenNames: 'Hubert Blaine' },
      { facilityId: fr },
    );
    const han = await prisoner(r, { familyName: '王', givenNames: 'Wei' }, { facilityId: fr });
    const greek = await prisoner(r, { familyName: 'Παπαδόπουλος', givenNames: 'Νίκος' }, { facilityId: fr });
    const plan = await r.call('print:plan', { job: { ...labels, sheetId: 'herma-4474' } });
    expect(plan.overflow.map((o) => o.prisonerId)).toContain(long);
    expect(plan.unsupported).toEqual([{ prisonerId: han, name: 'Wei 王', chars: ['王'] }]);
    expect(plan.unsupported.map((u) => u.prisonerId)).not.toContain(greek);
  });

  it('refuses a window the envelope is not made with, a start outside the sheet and an unknown sheet', async () => {
    const r = await TestApp.create();
    expect((await r.fail('print:plan', { job: { kind: 'envelopes', format: 'C4', window: 'din680' } })).code).toBe(
      'VALIDATION',
    );
    expect((await r.fail('print:plan', { job: { ...labels, startRow: 8 } })).code).toBe('VALIDATION');
    expect((await r.fail('print:plan', { job: { ...labels, sheetId: 'custom:99' } })).code).toBe('NOT_FOUND');
    expect(
      (await r.fail('print:plan', { job: { kind: 'envelopes', format: 'DL', sender: { kind: 'group' } } })).code,
    ).toBe('NOT_FOUND');
  });
});
