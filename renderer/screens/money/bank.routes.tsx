import { defineRoute } from '../../navigation/route-table';
import { BankImportPage } from './bank-import-page';
import { ReconcilePage } from './reconcile-page';

/** Importing a bank statement and reconciling its lines: screens of the Money section, each for one account. */
export const bankRoutes = {
  bankImport: defineRoute<{ accountId?: number }>({ section: 'money', view: BankImportPage }),
  reconcile: defineRoute<{ accountId?: number }>({ section: 'money', view: ReconcilePage }),
};
