import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { insertAttachment } from '../../../db/attachments/attachments.queries';
import { sanitizeAttachment } from '../../../electron/services/attachments/sanitize-attachment';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { attachmentOwners, attachmentRows } from './attachment-owners';
import { exifTags, jpegWithMetadata, pdfWithMetadata, pngWithMetadata } from './attachment-samples';

let app: TestApp;
let owners: { letterId: number; parcelId: number };
let files: string;

/** Writes `bytes` as the file the next "attach" dialog answers. */
function chooseFile(name: string, bytes: Uint8Array): void {
  const file = path.join(files, name);
  fs.writeFileSync(file, bytes);
  app.answers.chooseAttachmentFile = async () => file;
}

beforeEach(async () => {
  app = await TestApp.create();
  owners = await attachmentOwners(app);
  files = tempDir('parloir-attach-');
});

describe('attachments channels', () => {
  it('adds a photo to a letter: stored re-encoded, listed without content, previewed and saved out clean', async () => {
    chooseFile('IMG_2041.JPG', jpegWithMetadata(64, 48));
    const added = await app.call('attachments:add', { letterId: owners.letterId });
    if (added.status !== 'added') throw new Error('not added');
    expect(added.attachment).toMatchObject({
      fileName: 'IMG_2041.jpg',
      mediaType: 'image/jpeg',
      width: 64,
      height: 48,
    });
    expect(added.attachment.thumbnailBase64).not.toBeNull();

    const { attachments } = await app.call('attachments:list', { letterId: owners.letterId });
    expect(attachments.map((a) => a.id)).toEqual([added.attachment.id]);
    expect(await app.call('attachments:list', { parcelId: owners.parcelId })).toEqual({ attachments: [] });

    const preview = await app.call('attachments:preview', { id: added.attachment.id });
    const shown = Buffer.from(preview.base64, 'base64');
    expect(Object.keys(exifTags(shown)).filter((tag) => /GPS|Make|Model|Serial|XMP/.test(tag))).toEqual([]);

    const out = path.join(files, 'saved.jpg');
    let proposed = '';
    app.answers.chooseAttachmentSaveFile = async (name) => {
      proposed = name;
      return out;
    };
    expect(await app.call('attachments:saveAs', { id: added.attachment.id })).toEqual({
      status: 'written',
      fileName: 'saved.jpg',
    });
    expect(proposed).toBe('IMG_2041.jpg');
    expect(fs.readFileSync(out).equals(shown)).toBe(true);
  });

  it('adds a PDF to a parcel with its page count and no document metadata', async () => {
    chooseFile('bordereau.pdf', await pdfWithMetadata('bordereau', 2));
    const added = await app.call('attachments:add', { parcelId: owners.parcelId });
    if (added.status !== 'added') throw new Error('not added');
    expect(added.attachment).toMatchObject({ mediaType: 'application/pdf', pageCount: 2, thumbnailBase64: null });
    const preview = await app.call('attachments:preview', { id: added.attachment.id });
    const info = execFileSync('pdfinfo', ['-'], { input: Buffer.from(preview.base64, 'base64') }).toString();
    expect(info).not.toMatch(/^(Title|Author|Producer):/m);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await app.call('attachments:add', { letterId: owners.letterId })).toEqual({ status: 'cancelled' });
    expect(await attachmentRows(app)).toBe(0);
  });

  it('refuses a ZIP named .jpg, a truncated JPEG and an empty file in words, and writes nothing', async () => {
    const photo = jpegWithMetadata(64, 48);
    const refusals = [
      ['photo.jpg', Buffer.from('PK\u0003\u0004 a zip', 'latin1'), 'ATTACHMENT_UNSUPPORTED'],
      ['coupee.jpg', photo.subarray(0, Math.floor(photo.length * 0.7)), 'ATTACHMENT_DAMAGED'],
      ['vide.png', new Uint8Array(), 'ATTACHMENT_EMPTY'],
    ] as const;
    for (const [name, bytes, code] of refusals) {
      chooseFile(name, bytes);
      const error = await app.fail('attachments:add', { letterId: owners.letterId });
      expect(error.code, name).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
    }
    expect(await attachmentRows(app)).toBe(0);
  });

  it('refuses a file over the per-file limit, and writes nothing', async () => {
    const file = path.join(files, 'enorme.jpg');
    // A sparse file: its size is what matters, and no disk space is used.
    fs.writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff]));
    fs.truncateSync(file, 16 * 1024 * 1024);
    app.answers.chooseAttachmentFile = async () => file;
    const error = await app.fail('attachments:add', { letterId: owners.letterId });
    expect(error.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(error.message).toContain('15 MB');
    expect(await attachmentRows(app)).toBe(0);
  });

  it('refuses a file that would take the vault over its quota, in one statement, and writes nothing', async () => {
    // The quota met with a small limit: the same statement as with 500 MB, without writing 500 MB into a vault.
    const db = app.app.context.vault.db;
    const clean = await sanitizeAttachment(pngWithMetadata('x'), 'scan.png');
    const limit = clean.bytes.length * 2 + 10;
    await insertAttachment(db, { letterId: owners.letterId }, clean, limit);
    await insertAttachment(db, { parcelId: owners.parcelId }, clean, limit);
    const error: unknown = await insertAttachment(db, { parcelId: owners.parcelId }, clean, limit).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('ATTACHMENTS_FULL');
    expect((error as AppError).message).toContain('500 MB');
    expect(await attachmentRows(app)).toBe(2);
  });

  it('refuses an owner that does not exist, before the dialog opens', async () => {
    let opened = false;
    app.answers.chooseAttachmentFile = async () => {
      opened = true;
      return null;
    };
    expect((await app.fail('attachments:add', { letterId: owners.letterId + 1000 })).code).toBe('NOT_FOUND');
    expect(opened).toBe(false);
    expect((await app.fail('attachments:list', { parcelId: owners.parcelId + 1000 })).code).toBe('NOT_FOUND');
  });

  it('deletes an attachment; a second delete, a preview or a save of it is NOT_FOUND', async () => {
    chooseFile('scan.png', pngWithMetadata('x'));
    const added = await app.call('attachments:add', { letterId: owners.letterId });
    if (added.status !== 'added') throw new Error('not added');
    await app.call('attachments:delete', { id: added.attachment.id });
    expect(await attachmentRows(app)).toBe(0);
    expect((await app.fail('attachments:delete', { id: added.attachment.id })).code).toBe('NOT_FOUND');
    expect((await app.fail('attachments:preview', { id: added.attachment.id })).code).toBe('NOT_FOUND');
    expect((await app.fail('attachments:saveAs', { id: added.attachment.id })).code).toBe('NOT_FOUND');
  });

  it('goes with its letter when the letter is deleted', async () => {
    chooseFile('scan.png', pngWithMetadata('x'));
    await app.call('attachments:add', { letterId: owners.letterId });
    await app.app.context.vault.db.deleteFrom('letters').where('id', '=', owners.letterId).execute();
    expect(await attachmentRows(app)).toBe(0);
  });
});
