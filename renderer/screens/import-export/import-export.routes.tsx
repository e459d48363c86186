import { defineRoute } from '../../navigation/route-table';
import { ImportPage } from './import-page';

/** Importing a spreadsheet is a screen of the prisoners section. */
export const importExportRoutes = {
  import: defineRoute({ section: 'prisoners', view: ImportPage }),
};
