import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { pdfScratch, readInfo, readText } from '../printing/pdf-readback';
import { aParcel, parcelWorld } from './parcel-data';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

async function packingList(language: 'fr' | 'en') {
  const r = await TestApp.create();
  r.app.context.preferences.set({ ...r.app.context.preferences.get(), language });
  const w = await parcelWorld(r);
  const result = await r.call(
    'parcels:create',
    aParcel(w.ayse, {
      trackingNumber: '6A12345678901',
      carrier: 'Colissimo',
      items: [
        { category: 'clothes', description: 'Pull en laine', quantity: 2, value: { minor: 2550, currency: 'EUR' } },
        {
          category: 'books',
          description: 'Dictionnaire turc-français',
          quantity: 1,
          value: { minor: 1990, currency: 'EUR' },
        },
        { category: 'books', description: 'Bilinmeyen roman', quantity: 3, value: { minor: 300, currency: 'CHF' } },
      ],
    }),
  );
  if (result.status !== 'saved') throw new Error('not saved');
  const out = await r.call('parcels:packingList', { id: result.parcel.id });
  return { r, out, file: scratch.write(Buffer.from(out.pdfBase64, 'base64')) };
}

describe('packing list', () => {
  test('lists the contents with quantities and values in their currency, to the address it went to (fr)', async () => {
    const { out, file } = await packingList('fr');
    expect(out.pages).toBe(1);
    expect(readInfo(file).pages).toBe(1);
    const text = readText(file).replace(/\s+/gu, ' ');
    expect(text).toContain('Liste de colisage');
    expect(text).toContain('YILDIZ Ayşe');
    expect(text).toContain('écrou n° 4521');
    expect(text).toContain('Pull en laine');
    expect(text).toContain('Dictionnaire turc-français');
    expect(text).toMatch(/Vêtements Pull en laine 2 25,50 €/u);
    expect(text).toMatch(/Livres Bilinmeyen roman 3 3,00 CHF/u);
    // 2 × 25,50 + 19,90 in euros and 3 × 3,00 in francs: never added together.
    expect(text).toMatch(/Valeur totale déclarée 70,90 € \+ 9,00 CHF/u);
    expect(text).toContain('6A12345678901');
    expect(text).toContain('Préparé le 2 novembre 2026');
  });

  test('in English, and saved through print:save like any rendered document', async () => {
    const { r, out, file } = await packingList('en');
    const text = readText(file).replace(/\s+/gu, ' ');
    expect(text).toContain('Packing list');
    expect(text).toContain('To: YILDIZ Ayşe');
    expect(text).toContain('Prepared on 2 November 2026');
    expect(text).toMatch(/Clothes Pull en laine 2 €25.50/u);
    expect(text).toMatch(/Total declared value €70.90 \+ CHF 9.00/u);
    const target = `${scratch.write(new Uint8Array())}.saved.pdf`;
    r.answers.choosePdfFile = (name) => {
      expect(name).toMatch(/^parloir-parcel-\d+\.pdf$/u);
      return Promise.resolve(target);
    };
    expect(await r.call('print:save', { jobId: out.jobId })).toEqual({
      status: 'written',
      fileName: expect.any(String),
    });
    expect(fs.readFileSync(target).equals(Buffer.from(out.pdfBase64, 'base64'))).toBe(true);
  });
});
