import type { Handlers } from '../../../shared/contract';
import type { registryChannelNames } from '../../../shared/registry/registry.channels';
import type { AppContext } from '../app-context';
import { facilitiesHandlers } from './facilities.handlers';
import { membersHandlers } from './members.handlers';
import { prisonersHandlers } from './prisoners.handlers';
import { searchHandlers } from './search.handlers';
import { staysHandlers } from './stays.handlers';
import { tagsHandlers } from './tags.handlers';

/** Import and export have their own file (import-export.handlers.ts); every other registry channel is here. */
type RegistryChannel = (typeof registryChannelNames)[number];

export function registryHandlers(ctx: AppContext): Pick<Handlers, RegistryChannel> {
  return {
    ...facilitiesHandlers(ctx),
    ...prisonersHandlers(ctx),
    ...staysHandlers(ctx),
    ...tagsHandlers(ctx),
    ...membersHandlers(ctx),
    ...searchHandlers(ctx),
  };
}
