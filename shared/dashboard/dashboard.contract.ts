import type { ChannelSpec } from '../contract';
import { empty } from '../common.schemas';
import type { dashboardChannelNames } from './dashboard.channels';
import { dashboardCounts } from './dashboard.schemas';

// Counted from the group's letters and prisoners: the vault must be open.
export const dashboardContract = {
  'dashboard:get': { input: empty, output: dashboardCounts, needs: 'unlocked' },
} as const satisfies Record<(typeof dashboardChannelNames)[number], ChannelSpec>;
