import type { ReadyRow } from './import-validate';

/** Rows per packed chunk: a few hundred kilobytes, each its own buffer, released as soon as it is written. */
const ROWS_PER_CHUNK = 1000;

/**
 * The rows an import writes, packed by the worker as UTF-8 JSON lines in a few transferable buffers: the main
 * process receives them without a copy and holds bytes, not one object per row, while it writes them.
 */
export function packReadyRows(rows: Iterable<ReadyRow>): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) chunks.push(encoder.encode(lines.join('\n')));
    lines = [];
  };
  for (const row of rows) {
    lines.push(JSON.stringify(row));
    if (lines.length === ROWS_PER_CHUNK) flush();
  }
  flush();
  return chunks;
}

/** The rows of packReadyRows, in order; each chunk is let go once its rows are read. */
export function* unpackReadyRows(chunks: (Uint8Array | null)[]): Generator<ReadyRow> {
  const decoder = new TextDecoder();
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index];
    chunks[index] = null;
    if (!chunk) continue;
    for (const line of decoder.decode(chunk).split('\n')) yield JSON.parse(line) as ReadyRow;
  }
}
