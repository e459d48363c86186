import { defineRoute } from '../../navigation/route-table';
import { PrintPage } from './print-page';

export const printingRoutes = {
  print: defineRoute({ section: 'print', view: PrintPage }),
  /** Labels or envelopes for the prisoners ticked in the list. */
  printFor: defineRoute<{ prisonerIds: number[] }>({ section: 'print', view: PrintPage }),
  /** Envelopes or labels for a writing evening's letters, in the order they were logged. */
  printEvening: defineRoute<{ eveningId: number }>({ section: 'print', view: PrintPage }),
};
