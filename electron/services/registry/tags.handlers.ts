import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { mustExist, requireChanged } from '../../../db/registry/registry-db';
import { reindexPrisoners } from '../../../db/registry/search-index.queries';
import {
  deleteTag,
  findTag,
  insertTag,
  listTags,
  prisonersWithTag,
  updateTag,
} from '../../../db/registry/tags.queries';
import type { AppContext } from '../app-context';

type TagHandlers = Pick<Handlers, Extract<keyof Handlers, `tags:${string}`>>;

/** Tag names are in the search rows of the prisoners carrying them, so renaming or deleting one rewrites those. */
export function tagsHandlers(ctx: AppContext): TagHandlers {
  return {
    'tags:list': async () => listTags(ctx.vault.db),

    'tags:create': async (data) =>
      ctx.vault.db
        .transaction()
        .execute(async (trx) => mustExist(await findTag(trx, await insertTag(trx, data)), 'Tag')),

    'tags:update': async ({ id, tag }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        requireChanged(await updateTag(trx, id, tag), 'Tag');
        await reindexPrisoners(trx, await prisonersWithTag(trx, id));
        return mustExist(await findTag(trx, id), 'Tag');
      }),

    'tags:delete': async ({ id, confirmed }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findTag(trx, id), 'Tag');
        const carriers = await prisonersWithTag(trx, id);
        if (carriers.length > 0 && !confirmed) {
          throw new AppError('CONFIRMATION_REQUIRED', 'Prisoners carry this tag: confirm to remove it from them');
        }
        await deleteTag(trx, id);
        await reindexPrisoners(trx, carriers);
        return {};
      }),
  };
}
