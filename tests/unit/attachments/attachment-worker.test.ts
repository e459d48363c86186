import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { sanitizeInWorker } from '../../../electron/services/attachments/attachment-worker-runner';
import { exifTags, jpegWithMetadata } from './attachment-samples';

async function failure(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('the attachment worker', () => {
  it('cleans off the main thread: the event loop keeps turning while it works, and the answer is clean', async () => {
    const photo = jpegWithMetadata(320, 240);
    let turns = 0;
    let waiting = true;
    const turn = () => {
      turns += 1;
      if (waiting) setImmediate(turn);
    };
    setImmediate(turn);
    const clean = await sanitizeInWorker(photo, 'IMG_1.JPG', new AbortController().signal);
    waiting = false;
    // Done on the main thread, the decoding and encoding would run to the end before any other callback.
    expect(turns).toBeGreaterThan(0);
    expect({ name: clean.fileName, width: clean.width, height: clean.height }).toEqual({
      name: 'IMG_1.jpg',
      width: 320,
      height: 240,
    });
    expect(Object.keys(exifTags(clean.bytes)).filter((tag) => /GPS|Make|Serial|XMP/.test(tag))).toEqual([]);
  });

  it('refuses with the same codes as the function it runs', async () => {
    expect(
      await failure(sanitizeInWorker(Buffer.from('PK\u0003\u0004 zip'), 'a.jpg', new AbortController().signal)),
    ).toBe('ATTACHMENT_UNSUPPORTED');
  });

  it('a lock ends the work: VAULT_LOCKED', async () => {
    const lock = new AbortController();
    const cleaning = sanitizeInWorker(jpegWithMetadata(320, 240), 'a.jpg', lock.signal);
    lock.abort();
    expect(await failure(cleaning)).toBe('VAULT_LOCKED');
    const locked = new AbortController();
    locked.abort();
    expect(await failure(sanitizeInWorker(new Uint8Array([1]), 'a.jpg', locked.signal))).toBe('VAULT_LOCKED');
  });
});
