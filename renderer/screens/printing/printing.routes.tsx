import { defineRoute } from '../../navigation/route-table';
import { PrintPage } from './print-page';

export const printingRoutes = {
  print: defineRoute({ section: 'print', view: PrintPage }),
};
