import { defineRoute, type NoParams } from '../../navigation/route-table';
import { EveningPage } from './evening-page';
import { EveningsPage } from './evenings-page';
import { NewEveningPage } from './new-evening-page';

/** The writing evenings section: the list, a new evening, and one evening (chooser, grid, printing). */
export const eveningsRoutes = {
  evenings: defineRoute({ section: 'evenings', view: EveningsPage }),
  eveningNew: defineRoute<NoParams>({ section: 'evenings', view: NewEveningPage, onNew: true }),
  evening: defineRoute<{ id: number }>({ section: 'evenings', view: EveningPage }),
};
