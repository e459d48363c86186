import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { PrisonerDetail } from '../../../shared/registry/prisoners.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { prisonerDetail } from '../../../db/registry/prisoner-detail.queries';
import { addTagToPrisoners, removeTagFromPrisoners } from '../../../db/registry/bulk-tags.queries';
import { filteredPrisonerIds, listPrisoners } from '../../../db/registry/prisoner-list.queries';
import { findTag } from '../../../db/registry/tags.queries';
import {
  deletePrisoner,
  findPrisoner,
  insertPrisoner,
  prisonerDeleteImpact,
  setPrisonerArchived,
  setPrisonerTags,
  touchPrisoner,
  updatePrisoner,
} from '../../../db/registry/prisoners.queries';
import { mustExist, requireChanged, type RegistryDb } from '../../../db/registry/registry-db';
import { reindexPrisoners } from '../../../db/registry/search-index.queries';
import { insertStay } from '../../../db/registry/stays.queries';
import type { AppContext } from '../app-context';

type PrisonerHandlers = Pick<Handlers, Extract<keyof Handlers, `prisoners:${string}`>>;

/**
 * After any change to a prisoner, their stays or tags: the search row follows, and the caller gets the new page, its
 * address block in the app's language as it will be printed.
 */
export async function savedPrisoner(trx: RegistryDb, id: number, language: Language): Promise<PrisonerDetail> {
  await reindexPrisoners(trx, [id]);
  return mustExist(await prisonerDetail(trx, id, language), 'Prisoner');
}

export function prisonersHandlers(ctx: AppContext): PrisonerHandlers {
  const language = () => ctx.preferences.get().language;
  return {
    'prisoners:list': async (input) => listPrisoners(ctx.vault.db, input),

    'prisoners:get': async ({ id }) => mustExist(await prisonerDetail(ctx.vault.db, id, language()), 'Prisoner'),

    'prisoners:create': async ({ prisoner, stay, tagIds }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const id = await insertPrisoner(trx, prisoner);
        if (stay) await insertStay(trx, id, stay);
        await setPrisonerTags(trx, id, tagIds);
        return savedPrisoner(trx, id, language());
      }),

    'prisoners:update': async ({ id, prisoner }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        requireChanged(await updatePrisoner(trx, id, prisoner), 'Prisoner');
        return savedPrisoner(trx, id, language());
      }),

    'prisoners:archive': async ({ id, archived }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        requireChanged(await setPrisonerArchived(trx, id, archived), 'Prisoner');
        return savedPrisoner(trx, id, language());
      }),

    'prisoners:setTags': async ({ prisonerId, tagIds }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, prisonerId), 'Prisoner');
        await setPrisonerTags(trx, prisonerId, tagIds);
        await touchPrisoner(trx, prisonerId);
        return savedPrisoner(trx, prisonerId, language());
      }),

    // One transaction whatever the number of prisoners: all of them change, or none.
    'prisoners:bulkTag': async ({ prisonerIds, tagId, action }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findTag(trx, tagId), 'Tag');
        const write = action === 'add' ? addTagToPrisoners : removeTagFromPrisoners;
        const changed = await write(trx, tagId, prisonerIds);
        await reindexPrisoners(trx, changed);
        return { changed };
      }),

    'prisoners:ids': async (filters) => filteredPrisonerIds(ctx.vault.db, filters),

    'prisoners:deleteImpact': async ({ id }) => {
      const db = ctx.vault.db;
      mustExist(await findPrisoner(db, id), 'Prisoner');
      return prisonerDeleteImpact(db, id);
    },

    'prisoners:delete': async ({ id, confirmed }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, id), 'Prisoner');
        const impact = await prisonerDeleteImpact(trx, id);
        if (Object.values(impact).some((n) => n > 0) && !confirmed) {
          throw new AppError(
            'CONFIRMATION_REQUIRED',
            'This prisoner has custody history, tags, letters or parcels: confirm to delete them too',
          );
        }
        await deletePrisoner(trx, id);
        await reindexPrisoners(trx, [id]);
        return {};
      }),
  };
}
