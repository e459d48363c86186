import { defineRoute, type NoParams } from '../../navigation/route-table';
import { FacilitiesPage } from './facilities/facilities-page';
import { FacilityFormPage } from './facilities/facility-form-page';
import { FacilityPage } from './facilities/facility-page';
import { GroupPage } from './group/group-page';
import { PrisonerFormPage } from './prisoners/prisoner-form-page';
import { PrisonerPage } from './prisoners/prisoner-page';
import { PrisonersPage } from './prisoners/prisoners-page';

/** The registry's screens: the prisoners and facilities sections, and the group page. */
export const registryRoutes = {
  prisoners: defineRoute({ section: 'prisoners', view: PrisonersPage }),
  prisoner: defineRoute({ section: 'prisoners', view: PrisonerPage }),
  prisonerNew: defineRoute<NoParams>({ section: 'prisoners', view: PrisonerFormPage, onNew: true }),
  prisonerEdit: defineRoute<{ id: number }>({ section: 'prisoners', view: PrisonerFormPage }),
  facilities: defineRoute({ section: 'facilities', view: FacilitiesPage }),
  facility: defineRoute({ section: 'facilities', view: FacilityPage }),
  facilityNew: defineRoute<NoParams>({ section: 'facilities', view: FacilityFormPage, onNew: true }),
  facilityEdit: defineRoute<{ id: number }>({ section: 'facilities', view: FacilityFormPage }),
  group: defineRoute({ section: 'group', view: GroupPage }),
};
