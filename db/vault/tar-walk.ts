import fs from 'node:fs';
import tar from 'tar-stream';
import { AppError } from '../../shared/errors';

const TAR_HEADER_BYTES = 512;

/** One entry as the walker hands it over: its header, its body, and where that body ends in the file. */
export interface TarEntry {
  header: tar.Header;
  body: AsyncIterable<Buffer>;
  /** Offset just past the body: more than `fileSize` means the header claims bytes the file does not hold. */
  bodyEnd: number;
  fileSize: number;
}

function invalid(message: string, cause?: unknown): AppError {
  return new AppError('BACKUP_INVALID', message, cause === undefined ? undefined : { cause });
}

/**
 * Opens the chosen file once and refuses anything but a regular file: a FIFO or a device never ends (or never
 * starts). O_NONBLOCK keeps the open itself from waiting forever for a FIFO's writer; reads of a regular file ignore it.
 */
function openRegularFile(file: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw invalid('The backup file cannot be opened', cause);
  }
  const stat = fs.fstatSync(fd);
  if (stat.isFile()) return { fd, size: stat.size };
  fs.closeSync(fd);
  throw invalid('The backup is not a regular file');
}

/**
 * Streams a tar file through tar-stream and hands each entry to `onEntry`, one at a time: the next header is not
 * parsed before `onEntry` has settled. Settles exactly once. On the first failure (a tar or read error, `onEntry`
 * rejecting, the signal aborting) every stream is destroyed and the promise rejects as soon as the `onEntry` in
 * progress has settled (so whatever file it had open is closed), with the signal's reason when it was an abort.
 * Tar and read errors are BACKUP_INVALID.
 */
export function walkTar(
  file: string,
  onEntry: (entry: TarEntry) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const source = openRegularFile(file);
  return new Promise<void>((resolve, reject) => {
    const input = fs.createReadStream(file, { fd: source.fd, highWaterMark: 1024 * 1024 });
    const extract = tar.extract();
    let current: Promise<void> = Promise.resolve();
    let settled = false;

    const settle = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error === null) {
        resolve();
        return;
      }
      input.destroy();
      extract.destroy(error instanceof Error ? error : new Error('Reading the backup stopped'));
      void current.catch(() => undefined).then(() => reject(error));
    };
    const onAbort = (): void => settle(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    extract.on('entry', (header, body, next) => {
      // Its failures reach us through the extract and the iteration; a bare 'error' event must not go unhandled.
      body.on('error', () => undefined);
      const bodyEnd = body.offset + TAR_HEADER_BYTES + header.size;
      const entry = { header, body: body as unknown as AsyncIterable<Buffer>, bodyEnd, fileSize: source.size };
      current = new Promise<void>((done) => done(onEntry(entry))).then(
        () => {
          if (!settled) next();
        },
        (error: unknown) => settle(error),
      );
    });
    input.on('data', (chunk) => {
      if (!extract.write(chunk)) input.pause();
    });
    extract.on('drain', () => input.resume());
    input.on('end', () => extract.end(undefined));
    input.on('error', (error) => settle(invalid('The backup file cannot be read', error)));
    extract.on('error', (error) => settle(invalid('The file is not a readable Parloir backup', error)));
    extract.on('finish', () => settle(null));
  });
}
