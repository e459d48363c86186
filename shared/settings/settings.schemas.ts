import { z } from 'zod';
import { countryCode } from '../common.schemas';
import { calibrations } from '../printing/printing.schemas';
import { senderAddress } from './sender.schemas';

export const languages = ['fr', 'en'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

export const autoLockMinutes = z.number().int().min(1).max(120);

/** Read before unlock (the unlock screen speaks the user's language), so kept outside the vault: nothing personal. */
export const preferences = z.strictObject({ language, autoLockMinutes });
export type Preferences = z.infer<typeof preferences>;
export const defaultPreferences: Preferences = { language: 'fr', autoLockMinutes: 5 };

export const groupName = z.string().trim().max(120);

/** The dashboard's two waits, in days: a letter overdue for a reply, a prisoner gone without a letter. */
export const reminderDays = z.number().int().min(1).max(365);
export const DEFAULT_REPLY_WINDOW_DAYS = 30;
export const DEFAULT_NO_LETTER_DAYS = 45;

export const settings = z.strictObject({
  language,
  autoLockMinutes,
  /** Stored inside the vault; null while locked. */
  groupName: z.string().nullable(),
  /** The group's country: the destination country line is left out of addresses in the same country. Null while locked. */
  groupCountry: z.string().nullable(),
  /** The group's return address (a PO box), the "group" sender profile; null when none is set or while locked. */
  groupSender: senderAddress.nullable(),
  /** Printer offsets per paper; empty while locked. */
  calibrations,
  /** Days without a letter before a prisoner is on the dashboard; null while locked. */
  noLetterDays: reminderDays.nullable(),
  /** Days the group waits for a reply, for prisoners without their own; null while locked. */
  replyWindowDays: reminderDays.nullable(),
});
export type Settings = z.infer<typeof settings>;

/** The group's name, country and return address, saved together by the one form of Settings. */
export const groupSettingsInput = z.strictObject({
  groupName,
  /** Absent while the group has not chosen one: nothing is saved for it then. */
  groupCountry: countryCode.optional(),
  /** null: the group has no return address (or has just removed it). */
  groupSender: senderAddress.nullable(),
});
export type GroupSettingsInput = z.input<typeof groupSettingsInput>;

export const settingsPatch = z
  .strictObject({
    language: language.optional(),
    autoLockMinutes: autoLockMinutes.optional(),
    groupName: groupName.optional(),
    groupCountry: countryCode.optional(),
    /** null removes the group's return address. */
    groupSender: senderAddress.nullable().optional(),
    /** Merged into the saved offsets: one paper at a time. */
    calibrations: calibrations.optional(),
    noLetterDays: reminderDays.optional(),
    replyWindowDays: reminderDays.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type SettingsPatch = z.infer<typeof settingsPatch>;
