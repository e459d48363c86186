import { empty, idInput } from '../common.schemas';
import type { ChannelSpec } from '../contract';
import * as input from './ledger-inputs.schemas';
import * as out from './ledger-outputs.schemas';
import type { moneyChannelNames } from './money.channels';

// The ledger is in the vault: every channel needs it open.
export const moneyContract = {
  'accounts:list': { input: input.asOfInput, output: out.accountList, needs: 'unlocked' },
  'accounts:create': { input: input.accountCreateInput, output: out.createdId, needs: 'unlocked' },
  'accounts:update': { input: input.accountUpdateInput, output: empty, needs: 'unlocked' },
  'accounts:archive': { input: input.moneyArchiveInput, output: empty, needs: 'unlocked' },
  'funds:list': { input: input.asOfInput, output: out.fundList, needs: 'unlocked' },
  'funds:create': { input: input.fundCreateInput, output: out.createdId, needs: 'unlocked' },
  'funds:update': { input: input.fundUpdateInput, output: empty, needs: 'unlocked' },
  'funds:archive': { input: input.moneyArchiveInput, output: empty, needs: 'unlocked' },
  'funds:newReference': { input: input.fundNewReferenceInput, output: out.newReferenceOutput, needs: 'unlocked' },
  'categories:list': { input: empty, output: out.categoryList, needs: 'unlocked' },
  'categories:create': { input: input.categoryCreateInput, output: out.createdId, needs: 'unlocked' },
  'categories:archive': { input: input.moneyArchiveInput, output: empty, needs: 'unlocked' },
  'donors:list': { input: empty, output: out.donorList, needs: 'unlocked' },
  'donors:create': { input: input.donorCreateInput, output: out.createdId, needs: 'unlocked' },
  'donors:update': { input: input.donorUpdateInput, output: empty, needs: 'unlocked' },
  'donors:erase': { input: input.donorEraseInput, output: empty, needs: 'unlocked' },
  'standingOrders:list': { input: input.asOfInput, output: out.standingOrderList, needs: 'unlocked' },
  'standingOrders:periods': {
    input: input.standingOrderPeriodsInput,
    output: out.standingOrderPeriodList,
    needs: 'unlocked',
  },
  'standingOrders:create': { input: input.standingOrderCreateInput, output: out.createdId, needs: 'unlocked' },
  'standingOrders:update': { input: input.standingOrderUpdateInput, output: empty, needs: 'unlocked' },
  'standingOrders:end': { input: input.standingOrderEndInput, output: empty, needs: 'unlocked' },
  'standingOrders:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'transactions:list': { input: input.transactionListInput, output: out.transactionList, needs: 'unlocked' },
  'transactions:get': { input: idInput, output: out.transactionDetail, needs: 'unlocked' },
  'transactions:create': { input: input.transactionCreateInput, output: out.createdId, needs: 'unlocked' },
  'transactions:update': { input: input.transactionUpdateInput, output: empty, needs: 'unlocked' },
  'transactions:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'transfers:create': { input: input.transferCreateInput, output: out.transferCreated, needs: 'unlocked' },
  'transfers:delete': { input: input.transferDeleteInput, output: empty, needs: 'unlocked' },
  'ledgerLock:get': { input: empty, output: out.ledgerLock, needs: 'unlocked' },
  'ledgerLock:set': { input: input.ledgerLockSetInput, output: out.ledgerLock, needs: 'unlocked' },
} as const satisfies Record<(typeof moneyChannelNames)[number], ChannelSpec>;
