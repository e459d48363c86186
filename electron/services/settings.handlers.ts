import type { Handlers } from '../../shared/contract';
import type { Settings } from '../../shared/schemas/settings.schemas';
import { AppError } from '../../shared/errors';
import { getVaultSetting, setVaultSetting } from '../../db/settings.queries';
import type { AppContext } from './app-context';

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:set'>;

export function settingsHandlers(ctx: AppContext): SettingsHandlers {
  async function current(): Promise<Settings> {
    const preferences = ctx.preferences.get();
    const groupName = ctx.vault.isUnlocked ? ((await getVaultSetting<string>(ctx.vault.db, 'groupName')) ?? '') : null;
    return { ...preferences, groupName };
  }

  return {
    'settings:get': current,

    'settings:set': async ({ language, autoLockMinutes, groupName }) => {
      if (groupName !== undefined) {
        if (!ctx.vault.isUnlocked) throw new AppError('VAULT_LOCKED', 'The group name lives in the vault');
        await setVaultSetting(ctx.vault.db, 'groupName', groupName);
      }
      if (language !== undefined || autoLockMinutes !== undefined) {
        const before = ctx.preferences.get();
        ctx.preferences.set({ language: language ?? before.language, autoLockMinutes: autoLockMinutes ?? before.autoLockMinutes });
      }
      return current();
    },
  };
}
