import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { TestApp } from '../../support/test-app';
import { pdfScratch, readText } from './pdf-readback';
import { facility, forest, muret, prisoner, tegel } from '../registry/registry-data';

const labels = { kind: 'labels', sheetId: 'L7160' } as const;
const scratch = pdfScratch();
afterAll(() => scratch.remove());

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

  it('never asks for a sender on labels: a label carries none', async () => {
    const r = await TestApp.create();
    const needsSender = await facility(r, { ...tegel, rules: { lettersAllowed: true, senderAddressRequired: true } });
    const senderUnknown = await facility(r, { ...muret, rules: { lettersAllowed: true } });
    const unknown = await facility(r, forest);
    await prisoner(r, { familyName: 'Blanc' }, { facilityId: needsSender });
    await prisoner(r, { familyName: 'Aubert' }, { facilityId: senderUnknown });
    await prisoner(r, { familyName: 'Carre' }, { facilityId: unknown });

    const onLabels = await r.call('print:plan', { job: labels });
    // Nothing about a sender: only that the rules of the third prison were never filled in.
    expect(onLabels.warnings.map((w) => [w.facilityId, w.kind])).toEqual([[unknown, 'rules_unknown']]);

    const onEnvelopes = await r.call('print:plan', { job: { kind: 'envelopes', format: 'DL' } });
    expect(onEnvelopes.warnings.map((w) => [w.facilityId, w.kind]).sort()).toEqual(
      [
        [needsSender, 'sender_required'],
        [senderUnknown, 'sender_unknown'],
        [unknown, 'rules_unknown'],
      ].sort(),
    );
  });

  it('sends envelopes from the group’s address when it has one and the job names no sender', async () => {
    const r = await TestApp.create();
    const needsSender = await facility(r, { ...tegel, rules: { lettersAllowed: true, senderAddressRequired: true } });
    await prisoner(r, { familyName: 'Blanc' }, { facilityId: needsSender });
    const envelopes = { kind: 'envelopes', format: 'DL' } as const;

    const without = await r.call('print:plan', { job: envelopes });
    expect(without.sender).toBeNull();
    expect(without.warnings.map((w) => w.kind)).toEqual(['sender_required']);

    await r.call('settings:set', {
      groupSender: {
        name: 'Collectif',
        address: { country: 'FR', poBox: 'BP 1', postcode: '31000', city: 'Toulouse' },
      },
    });
    const byDefault = await r.call('print:plan', { job: envelopes });
    expect(byDefault.sender).toEqual(['Collectif', 'BP 1', '31000 TOULOUSE', 'FRANCE']);
    expect(byDefault.warnings).toEqual([]);
    expect(byDefault.pages).toBe(1);
    const back = await r.call('print:plan', { job: { ...envelopes, senderPlacement: 'back' } });
    expect(back.pages).toBe(2);

    // A sender chosen explicitly, "none" included, is kept.
    const none = await r.call('print:plan', { job: { ...envelopes, sender: { kind: 'none' } } });
    expect(none.sender).toBeNull();
    expect(none.warnings.map((w) => w.kind)).toEqual(['sender_required']);
    const rendered = await r.call('print:render', { job: envelopes });
    expect(rendered.senderOverflow).toBe(false);
    expect(readText(scratch.write(Buffer.from(rendered.pdfBase64, 'base64')))).toContain('31000 TOULOUSE');
  });

  it('warns about a borderless sheet: labels reaching the printer’s unprintable margin', async () => {
    const r = await TestApp.create();
    await prisoner(r, { familyName: 'Blanc' }, { facilityId: await facility(r, muret) });
    expect((await r.call('print:plan', { job: labels })).borderless).toBe(false);
    expect((await r.call('print:plan', { job: { ...labels, sheetId: '3474' } })).borderless).toBe(true);
    expect((await r.call('print:plan', { job: { ...labels, sheetId: '3475' } })).borderless).toBe(true);
    expect((await r.call('print:plan', { job: { ...labels, sheetId: 'L7162' } })).borderless).toBe(false);
    expect((await r.call('print:plan', { job: { kind: 'envelopes', format: 'DL' } })).borderless).toBe(false);
    const custom = await r.call('templates:create', {
      name: 'Sans marge',
      pageWidthMm: 210,
      pageHeightMm: 297,
      labelWidthMm: 105,
      labelHeightMm: 37,
      columns: 2,
      rows: 7,
      topMm: 2.5,
      leftMm: 0,
      pitchXMm: 105,
      pitchYMm: 37,
    });
    expect((await r.call('print:plan', { job: { ...labels, sheetId: custom.id } })).borderless).toBe(true);
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

  it('refuses a window the envelope is not made with, naming the field and the choices in the user’s language', async () => {
    const r = await TestApp.create();
    const refused = await r.fail('print:plan', { job: { kind: 'envelopes', format: 'C6', window: 'fr-right' } });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues?.[0]?.path).toEqual(['job', 'window']);
    const windows = fr.print.envelope.windows;
    expect(refused.message).toBe(
      `Fenêtre\u00a0: l’enveloppe C6 ne se fait pas avec «\u202f${windows['fr-right']}\u202f». Choix possibles pour C6\u00a0: ` +
        `${windows.none} (none), ${windows.din680} (din680), ${windows['din680-right']} (din680-right), ` +
        `${windows.sn010130} (sn010130), ${windows['swiss-old']} (swiss-old).`,
    );
    expect(refused.issues?.[0]?.message).toBe(refused.message);
    await r.call('settings:set', { language: 'en' });
    const english = await r.fail('print:plan', { job: { kind: 'envelopes', format: 'C4', window: 'din680' } });
    expect(english.message).toBe(
      `Window: the C4 envelope is not made with “${en.print.envelope.windows.din680}”. Choices for C4: ${en.print.envelope.windows.none} (none).`,
    );
  });

  it('refuses a start outside the sheet and an unknown sheet', async () => {
    const r = await TestApp.create();
    expect((await r.fail('print:plan', { job: { ...labels, startRow: 8 } })).code).toBe('VALIDATION');
    expect((await r.fail('print:plan', { job: { ...labels, sheetId: 'custom:99' } })).code).toBe('NOT_FOUND');
    expect(
      (await r.fail('print:plan', { job: { kind: 'envelopes', format: 'DL', sender: { kind: 'group' } } })).code,
    ).toBe('NOT_FOUND');
  });
});
