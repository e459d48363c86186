import type { Language } from '../settings/settings.schemas';
import { cliEn } from './cli.en';
import { cliFr, type CliMessages } from './cli.fr';
import { en } from './en';
import { fr, type Messages } from './fr';
import { hostEn } from './host.en';
import { hostFr, type HostMessages } from './host.fr';

export type { CliMessages, HostMessages, Messages };

/**
 * One i18next resource set for every host. `translation` is the UI (renderer and native menu), `host` what the main
 * process shows in native dialogs, `cli` what the command line prints.
 */
export const resources = {
  fr: { translation: fr, host: hostFr, cli: cliFr },
  en: { translation: en, host: hostEn, cli: cliEn },
} as const satisfies Record<Language, { translation: Messages; host: HostMessages; cli: CliMessages }>;
export const fallbackLanguage: Language = 'fr';
