import type { Route } from '../navigation/route';
import { FacilitiesPage } from './facilities/facilities-page';
import { FacilityFormPage } from './facilities/facility-form-page';
import { FacilityPage } from './facilities/facility-page';
import { FeaturePage } from './feature-page';
import { GroupPage } from './group/group-page';
import { ImportPage } from './import/import-page';
import { PrisonerFormPage } from './prisoners/prisoner-form-page';
import { PrisonerPage } from './prisoners/prisoner-page';
import { PrisonersPage } from './prisoners/prisoners-page';
import { PrintPage } from './print/print-page';
import { SettingsPage } from './settings/settings-page';

/** The screen for a route. */
export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'prisoners':
      return <PrisonersPage />;
    case 'prisoner':
      return <PrisonerPage id={route.id} />;
    case 'prisonerNew':
      return <PrisonerFormPage />;
    case 'prisonerEdit':
      return <PrisonerFormPage id={route.id} />;
    case 'import':
      return <ImportPage />;
    case 'facilities':
      return <FacilitiesPage />;
    case 'facility':
      return <FacilityPage id={route.id} />;
    case 'facilityNew':
      return <FacilityFormPage />;
    case 'facilityEdit':
      return <FacilityFormPage id={route.id} />;
    case 'print':
      return <PrintPage />;
    case 'group':
      return <GroupPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <FeaturePage page={route.page} />;
  }
}
