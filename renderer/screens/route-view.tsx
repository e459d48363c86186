import type { Route } from '../navigation/route';
import { FacilitiesPage } from './registry/facilities/facilities-page';
import { FacilityFormPage } from './registry/facilities/facility-form-page';
import { FacilityPage } from './registry/facilities/facility-page';
import { FeaturePage } from './feature-page';
import { GroupPage } from './registry/group/group-page';
import { ImportPage } from './import-export/import-page';
import { PrisonerFormPage } from './registry/prisoners/prisoner-form-page';
import { PrisonerPage } from './registry/prisoners/prisoner-page';
import { PrisonersPage } from './registry/prisoners/prisoners-page';
import { PrintPage } from './printing/print-page';
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
