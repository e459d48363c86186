import type { EveningLetterInput, LogLettersOutput, RowWarnings } from '../../../shared/evenings/evenings.schemas';
import { AppError } from '../../../shared/errors';
import type { LetterInput } from '../../../shared/letters/letters.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { letterRuleWarnings } from '../../../db/letters/letter-rules';
import { letterStay, type LetterStay } from '../../../db/letters/letter-stay.queries';
import { insertLetter } from '../../../db/letters/letters.queries';
import { letterValues } from '../../../db/letters/letters.rows';
import { mustExist, timestampNow, type RegistryDb } from '../../../db/registry/registry-db';

/** A row of the evening's grid as the letters domain saves it: out, by post, to the open stay, dated that evening. */
export function letterOfRow(row: EveningLetterInput, heldOn: string): LetterInput {
  return {
    prisonerId: row.prisonerId,
    direction: 'out',
    status: row.status,
    channel: 'post',
    stayId: null,
    writerMemberId: row.writerMemberId,
    writtenOn: heldOn,
    sentOn: row.status === 'sent' ? heldOn : null,
    receivedOn: null,
    language: row.language,
    pages: row.pages,
    photos: row.photos,
    stamps: row.stamps,
    summary: row.summary,
    replyToId: null,
    issueReason: null,
    issueNote: null,
    actionTaken: null,
    tagIds: [],
  };
}

/** A row's failure names the row, so the grid can point at it. */
async function forRow<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(error.code, `Row ${index + 1}: ${error.message}`, {
      issues: [{ path: ['rows', index, 'prisonerId'], message: error.message }],
      cause: error,
    });
  }
}

/**
 * Every row of the evening in one transaction, each through the letters domain's own stay lookup, rule check and
 * insert, with the block composed as letters:create composes it. One row that fails (a prisoner without an open stay,
 * a writer deleted meanwhile) saves nothing; rows with warnings are saved only with `acceptWarnings`. The letters are
 * inserted in the grid's order, which is the order the evening prints them in.
 */
export async function logEveningLetters(
  trx: RegistryDb,
  input: { eveningId: number; rows: readonly EveningLetterInput[]; acceptWarnings: boolean },
  language: Language,
): Promise<LogLettersOutput> {
  const evening = mustExist(
    await trx.selectFrom('writing_evenings').select('held_on').where('id', '=', input.eveningId).executeTakeFirst(),
    'Writing evening',
  );
  const known = new Set(
    (
      await trx
        .selectFrom('prisoners')
        .select('id')
        .where('id', 'in', [...new Set(input.rows.map((r) => r.prisonerId))])
        .execute()
    ).map((p) => p.id),
  );
  const prepared: { letter: LetterInput; place: LetterStay }[] = [];
  const warnings: RowWarnings[] = [];
  // Several writers often write to one person: their open stay is looked up once.
  const stays = new Map<number, LetterStay>();
  for (const [index, row] of input.rows.entries()) {
    const letter = letterOfRow(row, evening.held_on);
    const place = await forRow(index, async () => {
      if (!known.has(row.prisonerId)) throw new AppError('NOT_FOUND', 'Prisoner not found');
      const found = stays.get(row.prisonerId) ?? (await letterStay(trx, row.prisonerId, null, language));
      stays.set(row.prisonerId, found);
      return found;
    });
    const found = letterRuleWarnings(letter, place.rules, place.facilityName);
    if (found.length > 0) warnings.push({ row: index, warnings: found });
    prepared.push({ letter, place });
  }
  if (warnings.length > 0 && !input.acceptWarnings) return { saved: false, warnings };
  const now = timestampNow();
  const letterIds: number[] = [];
  for (const [index, { letter, place }] of prepared.entries()) {
    const values = letterValues(letter, { stayId: place.stayId, addressBlock: place.addressBlock }, now);
    letterIds.push(await forRow(index, () => insertLetter(trx, values, now, input.eveningId)));
  }
  return { saved: true, letterIds, warnings };
}
