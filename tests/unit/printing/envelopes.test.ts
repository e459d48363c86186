import { afterAll, describe, expect, test } from 'vitest';
import { SENDER_ID } from '../../../electron/services/printing/envelopes.pdf';
import { renderEnvelopes } from '../../../electron/services/printing/print-engine';
import type { EnvelopesRequest } from '../../../electron/services/printing/print-types';
import {
  addressZone,
  envelopeFormatById,
  envelopeFormats,
  envelopeWindows,
  senderFrontBox,
  windowFitsFormat,
  windowRect,
  type EnvelopeFormat,
  type EnvelopeWindow,
} from '../../../shared/printing/envelopes';
import type { RectMm } from '../../../shared/printing/units';
import { pdfScratch, readInfo, readWords, type Word } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

const address = [
  'DUPONT Hélène',
  'écrou n° 12345',
  'Maison d’arrêt de Seysses',
  'Route de Seysses',
  'BP 85',
  '31603 MURET CEDEX',
];
const sender = ['Groupe Parloir', 'BP 12', '69001 LYON'];

const request = (
  format: EnvelopeFormat,
  window: EnvelopeWindow,
  overrides: Partial<EnvelopesRequest> = {},
): EnvelopesRequest => ({
  format,
  window,
  sender: null,
  senderPlacement: 'front',
  calibration: { xMm: 0, yMm: 0 },
  items: [{ id: 7, lines: address }],
  ...overrides,
});

const inside = (word: Word, rect: RectMm, tolerance = 0.5) =>
  word.xMin >= rect.xMm - tolerance &&
  word.yMin >= rect.yMm - tolerance &&
  word.xMax <= rect.xMm + rect.widthMm + tolerance &&
  word.yMax <= rect.yMm + rect.heightMm + tolerance;

function format(id: string): EnvelopeFormat {
  const found = envelopeFormatById(id);
  if (!found) throw new Error(id);
  return found;
}

const combos = envelopeFormats.flatMap((f) =>
  envelopeWindows.filter((w) => windowFitsFormat(f, w)).map((w) => [f.id, w, f] as const),
);

describe('address placement', () => {
  test('the window rectangles are those of the standards', () => {
    expect(windowRect(format('DL'), 'din680')).toEqual({ xMm: 20, yMm: 50, widthMm: 90, heightMm: 45 });
    expect(windowRect(format('C6'), 'sn010130')).toEqual({ xMm: 57, yMm: 44, widthMm: 90, heightMm: 40 });
    expect(windowRect(format('C5'), 'fr-right')).toEqual({ xMm: 110, yMm: 55, widthMm: 85, heightMm: 33 });
    expect(windowRect(format('DL'), 'none')).toBeNull();
  });

  test.each(combos)(
    '%s with window %s: page size exact, every word of the address inside the zone',
    async (_id, window, envelope) => {
      const outcome = await renderEnvelopes(request(envelope, window));
      const file = scratch.write(outcome.pdf);
      const info = readInfo(file);
      expect(info.pages).toBe(1);
      expect(info.sizes[0]?.width).toBeCloseTo((envelope.widthMm * 72) / 25.4, 2);
      expect(info.sizes[0]?.height).toBeCloseTo((envelope.heightMm * 72) / 25.4, 2);
      expect(outcome.overflow).toEqual([]);
      const words = readWords(file)[0]?.words ?? [];
      expect(words.map((w) => w.text).join(' ')).toBe(address.join(' '));
      const zone = addressZone(envelope, window);
      for (const word of words) expect(inside(word, zone), `${word.text} in ${window} of ${envelope.id}`).toBe(true);
      if (window === 'none') {
        // The lower-right quarter.
        for (const word of words)
          expect(word.xMin >= envelope.widthMm / 2 && word.yMin >= envelope.heightMm / 2).toBe(true);
      }
    },
  );

  test.each([
    ['C6', 'din680'],
    ['C5', 'din680'],
    ['DL', 'sn010130'],
    ['C4', 'fr-right'],
    ['US10', 'sn010130'],
  ] as const)('%s is not made with a %s window: refused', async (id, window) => {
    await expect(renderEnvelopes(request(format(id), window))).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  test('calibration shifts the address by the offset', async () => {
    const dl = format('DL');
    const plain = readWords(scratch.write((await renderEnvelopes(request(dl, 'din680'))).pdf))[0]?.words ?? [];
    const moved =
      readWords(
        scratch.write((await renderEnvelopes(request(dl, 'din680', { calibration: { xMm: -1, yMm: 2 } }))).pdf),
      )[0]?.words ?? [];
    expect(moved.length).toBe(plain.length);
    plain.forEach((word, i) => {
      expect((moved[i]?.xMin ?? NaN) - word.xMin).toBeCloseTo(-1, 3);
      expect((moved[i]?.yMin ?? NaN) - word.yMin).toBeCloseTo(2, 3);
    });
  });
});

describe('sender', () => {
  test('on the front: small, in the top-left, on the same page', async () => {
    const c5 = format('C5');
    const outcome = await renderEnvelopes(
      request(c5, 'fr-right', {
        sender,
        items: [
          { id: 1, lines: address },
          { id: 2, lines: address },
        ],
      }),
    );
    const file = scratch.write(outcome.pdf);
    expect(outcome.pages).toBe(2);
    const words = readWords(file)[0]?.words ?? [];
    const box = senderFrontBox(c5);
    const senderWords = words.filter((w) => inside(w, box));
    expect(senderWords.map((w) => w.text).join(' ')).toBe(sender.join(' '));
    const senderHeight = (senderWords[0]?.yMax ?? 0) - (senderWords[0]?.yMin ?? 0);
    const addressWord = words.find((w) => w.text === 'DUPONT');
    expect(senderHeight).toBeLessThan((addressWord?.yMax ?? 0) - (addressWord?.yMin ?? 0));
  });

  test('on the back flap: a second page per envelope, with the sender only', async () => {
    const dl = format('DL');
    const outcome = await renderEnvelopes(
      request(dl, 'none', {
        sender,
        senderPlacement: 'back',
        items: [
          { id: 1, lines: address },
          { id: 2, lines: address },
        ],
      }),
    );
    const file = scratch.write(outcome.pdf);
    expect(outcome.pages).toBe(4);
    expect(readInfo(file).pages).toBe(4);
    const pages = readWords(file);
    expect(pages[0]?.words.map((w) => w.text).join(' ')).toBe(address.join(' '));
    expect(pages[1]?.words.map((w) => w.text).join(' ')).toBe(sender.join(' '));
    expect(pages[3]?.words.map((w) => w.text).join(' ')).toBe(sender.join(' '));
  });

  test('a sender that cannot be shown is reported under the sender id', async () => {
    const outcome = await renderEnvelopes(
      request(format('DL'), 'din680', { sender: ['Groupe 中'], items: [{ id: 3, lines: address }] }),
    );
    expect(outcome.unsupported).toEqual([{ id: SENDER_ID, chars: ['中'] }]);
  });
});
