import type { Handlers } from '../../../shared/contract';
import type { moneyChannelNames } from '../../../shared/money/money.channels';
import type { AppContext } from '../app-context';
import { accountsHandlers } from './accounts.handlers';
import { donorsHandlers } from './donors.handlers';
import { ledgerHandlers } from './ledger.handlers';

/** The money ledger's channels, one handlers object per resource group. */
export function moneyHandlers(ctx: AppContext): Pick<Handlers, (typeof moneyChannelNames)[number]> {
  return { ...accountsHandlers(ctx), ...donorsHandlers(ctx), ...ledgerHandlers(ctx) };
}
