import type { ChannelSpec } from '../contract';
import { empty } from '../common.schemas';
import type { settingsChannelNames } from './settings.channels';
import * as settings from './settings.schemas';

// Both work locked: the language and the auto-lock delay live outside the vault; the handler refuses only the group
// settings, which live inside it.
export const settingsContract = {
  'settings:get': { input: empty, output: settings.settings, needs: 'nothing' },
  'settings:set': { input: settings.settingsPatch, output: settings.settings, needs: 'nothing' },
} as const satisfies Record<(typeof settingsChannelNames)[number], ChannelSpec>;
