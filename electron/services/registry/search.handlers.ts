import type { Handlers } from '../../../shared/contract';
import { searchRegistry } from '../../../db/registry/search.queries';
import type { AppContext } from '../app-context';

export function searchHandlers(ctx: AppContext): Pick<Handlers, 'search:query'> {
  return {
    'search:query': async (input) => ({ hits: await searchRegistry(ctx.vault.db, input) }),
  };
}
