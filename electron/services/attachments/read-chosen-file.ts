import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/attachments/attachment-values';
import { attachmentLimitsMb } from '../../../shared/attachments/attachment-limits';

/**
 * The bytes of the file the user chose, read into memory: a regular file only, and its size checked before reading
 * so a huge file is refused without being loaded.
 */
export function readChosenFile(file: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new AppError('NOT_FOUND', 'The chosen file cannot be opened', { cause: error });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new AppError('ATTACHMENT_UNSUPPORTED', 'The chosen path is not a regular file');
    if (stat.size > ATTACHMENT_MAX_BYTES) {
      throw new AppError('ATTACHMENT_TOO_LARGE', `The file is over ${attachmentLimitsMb.file} MB`);
    }
    // One byte more than the limit is asked for: a file that grew since fstat is still caught.
    const buffer = Buffer.alloc(Math.min(stat.size, ATTACHMENT_MAX_BYTES) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length > ATTACHMENT_MAX_BYTES) {
      throw new AppError('ATTACHMENT_TOO_LARGE', `The file is over ${attachmentLimitsMb.file} MB`);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    fs.closeSync(fd);
  }
}
