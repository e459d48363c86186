import { describe, expect, test } from 'vitest';
import type { OutputOf } from '../../../shared/contract';
import type { ParcelCreateInput } from '../../../shared/parcels/parcels.schemas';
import { TestApp } from '../../support/test-app';
import { muret } from '../registry/registry-data';
import { aParcel, knownRules, parcelWorld } from './parcel-data';

function savedParcel(result: OutputOf<'parcels:create'>) {
  if (result.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(result.warnings)}`);
  return result.parcel;
}

/** An update names the parcel, not the person: the rest is what a create takes. */
function asUpdate(id: number, { prisonerId: _prisoner, ...fields }: ParcelCreateInput) {
  return { id, ...fields };
}

async function count(r: TestApp) {
  return (await r.call('parcels:list', {})).total;
}

describe('parcels', () => {
  test('create, read, update and delete a parcel with its contents', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const parcel = savedParcel(
      await r.call('parcels:create', aParcel(w.ayse, { postage: { minor: 1290, currency: 'EUR' } })),
    );
    expect(parcel.stayId).toBe(w.ayseStay);
    expect(parcel.status).toBe('prepared');
    expect(parcel.postage).toEqual({ minor: 1290, currency: 'EUR' });
    expect(parcel.items).toEqual([
      { category: 'clothes', description: 'Pull en laine', quantity: 2, value: { minor: 2550, currency: 'EUR' } },
      { category: 'books', description: 'Dictionnaire turc-français', quantity: 1, value: null },
    ]);
    expect(await r.call('parcels:get', { id: parcel.id })).toEqual(parcel);

    const updated = savedParcel(
      await r.call(
        'parcels:update',
        asUpdate(
          parcel.id,
          aParcel(w.ayse, {
            status: 'sent',
            sentOn: '2026-11-03',
            carrier: 'La Poste',
            trackingNumber: '6A123',
            items: [{ category: 'books', description: 'Roman', quantity: 3 }],
          }),
        ),
      ),
    );
    expect(updated.status).toBe('sent');
    expect(updated.datedOn).toBe('2026-11-03');
    expect(updated.items).toEqual([{ category: 'books', description: 'Roman', quantity: 3, value: null }]);
    expect(updated.trackingNumber).toBe('6A123');

    await r.call('parcels:delete', { id: parcel.id });
    expect((await r.fail('parcels:get', { id: parcel.id })).code).toBe('NOT_FOUND');
    const items = await r.app.context.vault.db.selectFrom('parcel_items').select('id').execute();
    expect(items).toEqual([]);
  });

  test('a stay of another prisoner is refused, in words, and nothing is saved', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const error = await r.fail('parcels:create', aParcel(w.ayse, { stayId: w.marcStay, acceptWarnings: true }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: ['stayId'], message: 'This stay belongs to another prisoner' }]);
    expect(await count(r)).toBe(0);
  });

  test('the address it went to is kept after a transfer', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const before = (await r.call('prisoners:get', { id: w.ayse })).addressBlock;
    const parcel = savedParcel(await r.call('parcels:create', aParcel(w.ayse)));
    expect(parcel.addressBlock).toEqual(before);
    expect(parcel.addressBlock?.join('\n')).toContain('Seysses');

    await r.call('stays:transfer', {
      prisonerId: w.ayse,
      facilityId: w.forestId,
      prisonerNumber: '9',
      date: '2026-11-20',
    });
    expect((await r.call('prisoners:get', { id: w.ayse })).addressBlock?.join('\n')).toContain('Haren');
    expect((await r.call('parcels:get', { id: parcel.id })).addressBlock).toEqual(before);
    // Editing it later (same stay, whose prison has since been renamed) does not rewrite where it went either.
    await r.call('facilities:update', {
      id: w.muretId,
      facility: { ...muret, name: 'Centre pénitentiaire de Muret', rules: knownRules },
    });
    const edited = savedParcel(
      await r.call('parcels:update', asUpdate(parcel.id, aParcel(w.ayse, { stayId: w.ayseStay, notes: 'x' }))),
    );
    expect(edited.addressBlock).toEqual(before);
  });

  test.each([
    ['sent before prepared', { sentOn: '2026-11-01', status: 'sent' }, 'sentOn'],
    ['delivered before sent', { sentOn: '2026-11-05', deliveredOn: '2026-11-04', status: 'delivered' }, 'deliveredOn'],
    ['delivered but never sent', { deliveredOn: '2026-11-04' }, 'sentOn'],
  ] as const)('dates out of order are refused: %s', async (_name, dates, field) => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const error = await r.fail('parcels:create', aParcel(w.ayse, { ...dates, acceptWarnings: true }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path.join('.'))).toContain(field);
    expect(await count(r)).toBe(0);
  });

  test('a returned parcel needs a reason, and "other" a text', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const returned = { status: 'returned', sentOn: '2026-11-03' } as const;
    expect((await r.fail('parcels:create', aParcel(w.ayse, returned))).code).toBe('VALIDATION');
    expect((await r.fail('parcels:create', aParcel(w.ayse, { ...returned, issueReason: 'other' }))).code).toBe(
      'VALIDATION',
    );
    const ok = savedParcel(await r.call('parcels:create', aParcel(w.ayse, { ...returned, issueReason: 'moved' })));
    expect(ok.needsAction).toBe(true);
  });

  test('rule warnings without acceptWarnings save nothing and come back; with it the parcel is saved', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const heavy = aParcel(w.ayse, { weightGrams: 7200 });
    const refused = await r.call('parcels:create', heavy);
    expect(refused).toEqual({
      status: 'warnings',
      warnings: [
        {
          kind: 'over_weight',
          facilityName: 'Centre pénitentiaire de Toulouse-Seysses',
          weightGrams: 7200,
          maxGrams: 5000,
          categories: [],
        },
      ],
    });
    expect(await count(r)).toBe(0);

    const saved = await r.call('parcels:create', { ...heavy, acceptWarnings: true });
    expect(saved.status).toBe('saved');
    expect(saved.warnings.map((w) => w.kind)).toEqual(['over_weight']);
    expect(await count(r)).toBe(1);

    // An update is checked the same way: nothing changes without acceptWarnings.
    const id = savedParcel(saved).id;
    const food = aParcel(w.ayse, {
      weightGrams: 7200,
      items: [{ category: 'food', description: 'Chocolat', quantity: 1 }],
    });
    const again = await r.call('parcels:update', asUpdate(id, food));
    expect(again.status).toBe('warnings');
    expect((await r.call('parcels:get', { id })).items[0]?.category).toBe('clothes');
  });

  test('unknown rules are warnings too, never taken as allowed', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    await r.call('facilities:update', {
      id: w.muretId,
      facility: { name: 'CP Muret', kind: 'remand', address: { country: 'FR', postcode: '31600', city: 'Muret' } },
    });
    const result = await r.call('parcels:create', aParcel(w.ayse));
    expect(result.status).toBe('warnings');
    expect(result.warnings.map((x) => x.kind)).toEqual(['parcels_unknown', 'max_weight_unknown', 'contents_unknown']);
    expect(await count(r)).toBe(0);
  });

  test('handled: a returned parcel leaves "needs action" and can come back to it', async () => {
    const r = await TestApp.create();
    const w = await parcelWorld(r);
    const parcel = savedParcel(
      await r.call(
        'parcels:create',
        aParcel(w.ayse, { status: 'returned', sentOn: '2026-11-03', issueReason: 'moved' }),
      ),
    );
    const handled = await r.call('parcels:markHandled', {
      id: parcel.id,
      actionTaken: 'Renvoyé à la nouvelle adresse',
    });
    expect(handled.needsAction).toBe(false);
    expect(handled.actionTaken).toBe('Renvoyé à la nouvelle adresse');
    expect((await r.call('parcels:list', { needsAction: true })).total).toBe(0);
    expect((await r.call('parcels:markHandled', { id: parcel.id, handled: false })).needsAction).toBe(true);
    const prepared = savedParcel(await r.call('parcels:create', aParcel(w.ayse)));
    expect((await r.fail('parcels:markHandled', { id: prepared.id })).code).toBe('VALIDATION');
  });
});
