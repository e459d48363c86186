import type { Handlers } from '../../../shared/contract';
import type { CalibrationOffsets, Paper } from '../../../shared/printing/printing.schemas';
import type { Settings } from '../../../shared/settings/settings.schemas';
import type { SenderAddress } from '../../../shared/settings/sender.schemas';
import { AppError } from '../../../shared/errors';
import { DEFAULT_NO_LETTER_DAYS, DEFAULT_REPLY_WINDOW_DAYS } from '../../../shared/settings/settings.schemas';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import type { AppContext } from '../app-context';

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:set'>;

/** Settings that belong to the group live in the vault; only language and auto-lock are readable while locked. */
const vaultKeys = [
  'groupName',
  'groupCountry',
  'groupSender',
  'calibrations',
  'noLetterDays',
  'replyWindowDays',
] as const;

export function settingsHandlers(ctx: AppContext): SettingsHandlers {
  async function current(): Promise<Settings> {
    const preferences = ctx.preferences.get();
    if (!ctx.vault.isUnlocked)
      return {
        ...preferences,
        groupName: null,
        groupCountry: null,
        groupSender: null,
        calibrations: {},
        noLetterDays: null,
        replyWindowDays: null,
      };
    const db = ctx.vault.db;
    return {
      ...preferences,
      groupName: (await getVaultSetting<string>(db, 'groupName')) ?? '',
      groupCountry: await getVaultSetting<string>(db, 'groupCountry'),
      groupSender: await getVaultSetting<SenderAddress>(db, 'groupSender'),
      calibrations: (await getVaultSetting<Partial<Record<Paper, CalibrationOffsets>>>(db, 'calibrations')) ?? {},
      noLetterDays: (await getVaultSetting<number>(db, 'noLetterDays')) ?? DEFAULT_NO_LETTER_DAYS,
      replyWindowDays: (await getVaultSetting<number>(db, 'replyWindowDays')) ?? DEFAULT_REPLY_WINDOW_DAYS,
    };
  }

  return {
    'settings:get': current,

    'settings:set': async (patch) => {
      const { language, autoLockMinutes } = patch;
      if (vaultKeys.some((key) => patch[key] !== undefined)) {
        if (!ctx.vault.isUnlocked) {
          throw new AppError(
            'VAULT_LOCKED',
            patch.groupName !== undefined ? 'The group name lives in the vault' : 'Group settings live in the vault',
          );
        }
        const db = ctx.vault.db;
        if (patch.groupName !== undefined) await setVaultSetting(db, 'groupName', patch.groupName);
        if (patch.groupCountry !== undefined) await setVaultSetting(db, 'groupCountry', patch.groupCountry);
        if (patch.groupSender !== undefined) await setVaultSetting(db, 'groupSender', patch.groupSender);
        if (patch.noLetterDays !== undefined) await setVaultSetting(db, 'noLetterDays', patch.noLetterDays);
        if (patch.replyWindowDays !== undefined) await setVaultSetting(db, 'replyWindowDays', patch.replyWindowDays);
        if (patch.calibrations !== undefined) {
          const saved = (await getVaultSetting<Partial<Record<Paper, CalibrationOffsets>>>(db, 'calibrations')) ?? {};
          await setVaultSetting(db, 'calibrations', { ...saved, ...patch.calibrations });
        }
      }
      if (language !== undefined || autoLockMinutes !== undefined) {
        const before = ctx.preferences.get();
        ctx.preferences.set({
          language: language ?? before.language,
          autoLockMinutes: autoLockMinutes ?? before.autoLockMinutes,
        });
      }
      return current();
    },
  };
}
