import { describe, expect, test } from 'vitest';
import { runMeasure } from '../../../electron/services/printing/fit-text';
import { createPdf } from '../../../electron/services/printing/pdf-document';

describe('runMeasure: widths as pdfkit shapes them, each run shaped once', () => {
  const texts = [
    'Maison d’arrêt de Villepinte',
    'Ceza İnfaz Kurumları Kampüsü  Silivri',
    'Κατάστημα Κράτησης Κορυδαλλού\tΑθήνα ',
    ' 34570 Silivri/İSTANBUL',
    '',
    'A',
  ];

  test('gives pdfkit’s own width of every text, spaces and tabs included', () => {
    const doc = createPdf({ widthPt: 100, heightPt: 100 });
    doc.fontSize(1);
    const measure = runMeasure((run) => doc.widthOfString(run));
    for (const text of texts) expect(measure(text)).toBeCloseTo(doc.widthOfString(text), 9);
  });

  test('shapes a run once however many texts share it, and never a whole line', () => {
    const asked: string[] = [];
    const measure = runMeasure((run) => {
      asked.push(run);
      return run.length;
    });
    expect(measure('Centre pénitentiaire de Toulouse')).toBe(32);
    expect(measure('Centre pénitentiaire de Muret')).toBe(29);
    expect(measure('de  Muret')).toBe(9);
    expect(asked).toEqual(['Centre ', 'pénitentiaire ', 'de ', 'Toulouse', 'Muret', ' ']);
  });
});
