import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { LetterDetail, LetterInput, LetterSaveOutput } from '../../../shared/letters/letters.schemas';
import type { RuleWarning } from '../../../shared/letters/letter-rules.schemas';
import type { lettersChannelNames } from '../../../shared/letters/letters.channels';
import type { Language } from '../../../shared/settings/settings.schemas';
import { letterListFor } from '../../../db/letters/letter-list.queries';
import { letterRuleWarnings, newWarnings, type CheckedLetter } from '../../../db/letters/letter-rules';
import { letterStay, type LetterStay } from '../../../db/letters/letter-stay.queries';
import {
  deleteLetter,
  findLetter,
  insertLetter,
  markLetterHandled,
  replyTarget,
  setLetterTags,
  updateLetter,
} from '../../../db/letters/letters.queries';
import { isIssueStatus, letterValues } from '../../../db/letters/letters.rows';
import { prisonerTimeline } from '../../../db/letters/timeline.queries';
import { findPrisoner } from '../../../db/registry/prisoners.queries';
import { mustExist, requireChanged, timestampNow, type RegistryDb } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { lettersBulkHandlers } from './letters-bulk.handlers';

type LettersChannel = (typeof lettersChannelNames)[number];

/** Where a letter goes: by post and out, to a stay of its prisoner (the open one unless named); in, where it says. */
async function placeOf(db: RegistryDb, letter: LetterInput, language: Language): Promise<LetterStay | null> {
  if (letter.direction === 'out' && letter.channel === 'post')
    return letterStay(db, letter.prisonerId, letter.stayId, language);
  if (letter.stayId === null) return null;
  return letterStay(db, letter.prisonerId, letter.stayId, language);
}

async function checkReply(db: RegistryDb, letter: LetterInput, selfId: number | null): Promise<void> {
  if (letter.replyToId === null) return;
  const target = mustExist(await replyTarget(db, letter.replyToId), 'Letter');
  if (target.id === selfId || target.prisoner_id !== letter.prisonerId || target.direction === letter.direction)
    throw new AppError('REPLY_MISMATCH', 'A letter answers a letter of the same prisoner in the other direction');
}

function warningsFor(letter: CheckedLetter, place: LetterStay | null): RuleWarning[] {
  return place ? letterRuleWarnings(letter, place.rules, place.facilityName) : [];
}

/** The block kept with the letter: composed on the day it is first addressed, kept while its stay stays the same. */
function blockToKeep(place: LetterStay | null, letter: LetterInput, saved: LetterDetail | null): string[] | null {
  if (!place || letter.direction !== 'out' || letter.channel !== 'post') return null;
  if (saved && saved.stayId === place.stayId && saved.addressBlock !== null) return saved.addressBlock;
  return place.addressBlock;
}

export function lettersHandlers(ctx: AppContext): Pick<Handlers, LettersChannel> {
  const language = () => ctx.preferences.get().language;

  const save = async (id: number | null, letter: LetterInput, acceptWarnings: boolean): Promise<LetterSaveOutput> =>
    ctx.vault.db.transaction().execute(async (trx) => {
      mustExist(await findPrisoner(trx, letter.prisonerId), 'Prisoner');
      const saved = id === null ? null : mustExist(await findLetter(trx, id), 'Letter');
      await checkReply(trx, letter, id);
      const place = await placeOf(trx, letter, language());
      let warnings = warningsFor(letter, place);
      if (saved) {
        const before = saved.stayId === null ? null : await letterStay(trx, saved.prisonerId, saved.stayId, language());
        warnings = newWarnings(warnings, warningsFor(saved, before));
      }
      if (warnings.length > 0 && !acceptWarnings) return { saved: false, warnings };
      const now = timestampNow();
      const values = letterValues(
        letter,
        { stayId: place?.stayId ?? null, addressBlock: blockToKeep(place, letter, saved) },
        now,
      );
      let letterId: number;
      if (saved) {
        // A return dealt with stays dealt with while it stays the same return.
        const keepHandled =
          isIssueStatus(letter.status) && saved.status === letter.status && saved.issueReason === letter.issueReason;
        await updateLetter(trx, saved.id, { ...values, handled_at: keepHandled ? saved.handledAt : null });
        letterId = saved.id;
      } else {
        letterId = await insertLetter(trx, values, now);
      }
      await setLetterTags(trx, letterId, letter.tagIds);
      return { saved: true, letter: mustExist(await findLetter(trx, letterId), 'Letter'), warnings };
    });

  return {
    ...lettersBulkHandlers(ctx),
    'letters:list': async (input) => letterListFor(ctx.vault.db, input),
    'letters:get': async ({ id }) => mustExist(await findLetter(ctx.vault.db, id), 'Letter'),
    'letters:create': async ({ letter, acceptWarnings }) => save(null, letter, acceptWarnings),
    'letters:update': async ({ id, letter, acceptWarnings }) => save(id, letter, acceptWarnings),
    'letters:delete': async ({ id }) => {
      requireChanged(await deleteLetter(ctx.vault.db, id), 'Letter');
      return {};
    },
    'letters:markHandled': async ({ id, actionTaken }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const letter = mustExist(await findLetter(trx, id), 'Letter');
        if (!isIssueStatus(letter.status))
          throw new AppError('VALIDATION', 'Only a returned or withheld letter is handled', {
            issues: [{ path: ['id'], message: 'Not a returned or withheld letter' }],
          });
        await markLetterHandled(trx, id, actionTaken, timestampNow());
        return mustExist(await findLetter(trx, id), 'Letter');
      }),
    'timeline:get': async (input) => {
      mustExist(await findPrisoner(ctx.vault.db, input.prisonerId), 'Prisoner');
      return prisonerTimeline(ctx.vault.db, input);
    },
  };
}
