import { defineRoute } from '../../navigation/route-table';
import { SettingsPage } from './settings-page';

export const settingsRoutes = {
  settings: defineRoute({ section: 'settings', view: SettingsPage }),
};
