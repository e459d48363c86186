import { defineRoute, type NoParams } from '../../navigation/route-table';
import { AccountsPage } from './accounts-page';
import { FundsPage } from './funds-page';
import { LedgerPage } from './ledger-page';
import { LockPage } from './lock-page';
import { StandingOrdersPage } from './standing-orders-page';
import { TransactionFormPage } from './transaction-form-page';

/** The Argent section: accounts first, then the ledger, one entry, funds, standing orders and the closing date. */
export const moneyRoutes = {
  money: defineRoute({ section: 'money', view: AccountsPage }),
  moneyLedger: defineRoute<{ accountId?: number }>({ section: 'money', view: LedgerPage }),
  moneyTransactionNew: defineRoute<NoParams>({ section: 'money', view: TransactionFormPage, onNew: true }),
  moneyTransactionNewFor: defineRoute<{ accountId: number }>({ section: 'money', view: TransactionFormPage }),
  moneyTransaction: defineRoute<{ id: number }>({ section: 'money', view: TransactionFormPage }),
  moneyFunds: defineRoute({ section: 'money', view: FundsPage }),
  moneyStandingOrders: defineRoute({ section: 'money', view: StandingOrdersPage }),
  moneyLock: defineRoute({ section: 'money', view: LockPage }),
};
