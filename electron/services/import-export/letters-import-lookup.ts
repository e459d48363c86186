import { letterMatchPage, lettersImportLookup } from '../../../db/letters/letter-transfer.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import type { LettersLookup } from './letters-import-plan';
import { letterMatchLine } from './letters-import-match';

/** Letters read (and their summaries hashed) at a time: a page's summaries are the only ones held at once. */
const PAGE = 5000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What the letter check needs of the vault: prisoners, members, and one short line per letter for the duplicate check
 * (letters-import-match.ts), joined in one string (about 40 bytes a letter: 8 MB for 200,000 letters, copied once to
 * the worker). Read in pages, yielding between them, so a lock is answered while a large vault is read.
 */
export async function loadLettersLookup(db: RegistryDb, signal: AbortSignal): Promise<LettersLookup> {
  const people = await lettersImportLookup(db);
  const pages: string[] = [];
  let afterId = 0;
  for (;;) {
    signal.throwIfAborted();
    const rows = await letterMatchPage(db, afterId, PAGE);
    if (rows.length === 0) break;
    pages.push(
      rows.map((l) => letterMatchLine(l.prisoner_id, l.direction, l.status, l.dated_on, l.summary)).join('\n'),
    );
    afterId = rows[rows.length - 1]?.id ?? afterId;
    if (rows.length < PAGE) break;
    await nextTurn();
  }
  return { ...people, letters: pages.join('\n') };
}
