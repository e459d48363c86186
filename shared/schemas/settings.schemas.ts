import { z } from 'zod';

export const languages = ['fr', 'en'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

export const autoLockMinutes = z.number().int().min(1).max(120);

/** Read before unlock (the unlock screen speaks the user's language), so kept outside the vault: nothing personal. */
export const preferences = z.strictObject({ language, autoLockMinutes });
export type Preferences = z.infer<typeof preferences>;
export const defaultPreferences: Preferences = { language: 'fr', autoLockMinutes: 5 };

export const groupName = z.string().trim().max(120);

export const settings = z.strictObject({
  language,
  autoLockMinutes,
  /** Stored inside the vault; null while locked. */
  groupName: z.string().nullable(),
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = z
  .strictObject({ language: language.optional(), autoLockMinutes: autoLockMinutes.optional(), groupName: groupName.optional() })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type SettingsPatch = z.infer<typeof settingsPatch>;
