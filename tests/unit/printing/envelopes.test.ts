import { afterAll, describe, expect, test } from 'vitest';
import { SENDER_ID } from '../../../electron/services/printing/envelopes.pdf';
import { renderEnvelopes } from '../../../electron/services/printing/print-engine';
import type { EnvelopesRequest } from '../../../electron/services/printing/print-types';
import {
  addressTextBox,
  addressZone,
  envelopeFormatById,
  envelopeFormatWindowPairs,
  senderFrontBox,
  windowFitsFormat,
  windowRect,
  type EnvelopeFormat,
  type EnvelopeWindow,
} from '../../../shared/printing/envelopes';
import { printRequest } from '../../../shared/printing/printing.schemas';
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

const combos = envelopeFormatWindowPairs.map(({ format: f, window: w }) => [f.id, w, f] as const);

/** A rectangle from its size and its distances to the envelope's right (or left) and bottom edges. */
const fromCorner = (
  envelope: string,
  side: 'left' | 'right',
  fromSide: number,
  fromBottom: number,
  width: number,
  height: number,
): RectMm => {
  const f = format(envelope);
  return {
    xMm: side === 'left' ? fromSide : f.widthMm - fromSide - width,
    yMm: f.heightMm - fromBottom - height,
    widthMm: width,
    heightMm: height,
  };
};

/** How far `inner` stays inside `outer` on its closest side (negative when it sticks out). */
const insideBy = (inner: RectMm, outer: RectMm) =>
  Math.min(
    inner.xMm - outer.xMm,
    inner.yMm - outer.yMm,
    outer.xMm + outer.widthMm - (inner.xMm + inner.widthMm),
    outer.yMm + outer.heightMm - (inner.yMm + inner.heightMm),
  );

describe('windows per format', () => {
  test.each([
    // DIN 680: 90 x 45, 20 from the left, 15 from the bottom (60 on C5); mirrored for the right-hand variant.
    ['DL', 'din680', fromCorner('DL', 'left', 20, 15, 90, 45)],
    ['C6', 'din680', fromCorner('C6', 'left', 20, 15, 90, 45)],
    ['C6/5', 'din680', fromCorner('C6/5', 'left', 20, 15, 90, 45)],
    ['C5', 'din680', fromCorner('C5', 'left', 20, 60, 90, 45)],
    ['DL', 'din680-right', fromCorner('DL', 'right', 20, 15, 90, 45)],
    ['C5', 'din680-right', fromCorner('C5', 'right', 20, 60, 90, 45)],
    // SN 010130: 90 x 40, 15 from the right and 30 from the bottom; 17 and 77 on C5.
    ['C6', 'sn010130', fromCorner('C6', 'right', 15, 30, 90, 40)],
    ['C6/5', 'sn010130', fromCorner('C6/5', 'right', 15, 30, 90, 40)],
    ['C5', 'sn010130', fromCorner('C5', 'right', 17, 77, 90, 40)],
    // The older Swiss window: 100 x 45, 12 from the right, 21 from the bottom.
    ['C6', 'swiss-old', fromCorner('C6', 'right', 12, 21, 100, 45)],
    ['C6/5', 'swiss-old', fromCorner('C6/5', 'right', 12, 21, 100, 45)],
  ] as const)('%s with %s: the position its norm gives', (id, window, rect) => {
    expect(windowRect(format(id), window)).toEqual(rect);
  });

  test('no window on a plain envelope', () => {
    expect(windowRect(format('DL'), 'none')).toBeNull();
  });

  test.each(['DL', 'C5'])(
    '%s with the French window: a zone 5 mm or more inside the usual 100 x 45 window, 20 mm from the right and 15 from the bottom',
    (id) => {
      const zone = windowRect(format(id), 'fr-right');
      if (!zone) throw new Error('no French zone');
      expect(insideBy(zone, fromCorner(id, 'right', 20, 15, 100, 45))).toBeGreaterThanOrEqual(5);
    },
  );

  test.each(combos.filter(([, window]) => window !== 'none'))(
    '%s with %s: the text keeps 3 mm from each window edge after the 1 mm tolerance',
    (_id, window, envelope) => {
      const rect = windowRect(envelope, window);
      if (!rect) throw new Error('no window');
      expect(insideBy(addressTextBox(envelope, window), rect)).toBeGreaterThanOrEqual(3 + 1);
    },
  );

  test.each(combos.filter(([, window]) => window !== 'none'))(
    '%s with %s: the sender block on the front stays 5 mm clear of the window',
    (_id, window, envelope) => {
      const rect = windowRect(envelope, window);
      const box = senderFrontBox(envelope, window);
      if (!rect) throw new Error('no window');
      const apart =
        box.xMm + box.widthMm + 5 <= rect.xMm ||
        rect.xMm + rect.widthMm + 5 <= box.xMm ||
        box.yMm + box.heightMm + 5 <= rect.yMm ||
        rect.yMm + rect.heightMm + 5 <= box.yMm;
      expect(apart).toBe(true);
    },
  );

  test.each([
    ['DL', 'din680'],
    ['C6/5', 'din680'],
    ['C6', 'sn010130'],
    ['C6/5', 'sn010130'],
    ['DL', 'fr-right'],
    ['C5', 'fr-right'],
  ] as const)('a saved %s request with the %s window still loads and prints', async (id, window) => {
    const parsed = printRequest.parse({ job: { kind: 'envelopes', format: id, window } });
    expect(parsed.job).toMatchObject({ format: id, window });
    expect(windowFitsFormat(format(id), window)).toBe(true);
    expect((await renderEnvelopes(request(format(id), window))).overflow).toEqual([]);
  });
});

describe('address placement', () => {
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
      const rect = windowRect(envelope, window);
      if (rect) {
        // What is printed, not what was meant: each word's box keeps 3 mm from every edge of the window.
        const clear = { xMm: rect.xMm + 3, yMm: rect.yMm + 3, widthMm: rect.widthMm - 6, heightMm: rect.heightMm - 6 };
        for (const word of words) expect(inside(word, clear, 0), `${word.text} 3 mm inside ${window}`).toBe(true);
      }
      if (window === 'none') {
        // The lower-right quarter.
        for (const word of words)
          expect(word.xMin >= envelope.widthMm / 2 && word.yMin >= envelope.heightMm / 2).toBe(true);
      }
    },
  );

  test.each([
    ['C4', 'din680'],
    ['DL', 'sn010130'],
    ['C4', 'fr-right'],
    ['C6', 'fr-right'],
    ['C5', 'swiss-old'],
    ['US10', 'sn010130'],
    ['US10', 'din680-right'],
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
      request(c5, 'din680', {
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
    const box = senderFrontBox(c5, 'din680');
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
