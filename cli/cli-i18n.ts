import i18next, { type TFunction } from 'i18next';
import { vaultPaths } from '../db/vault/vault-paths';
import { readPreferences } from '../db/settings/preferences';
import { resources, fallbackLanguage } from '../shared/i18n';
import { language as languageSchema, type Language } from '../shared/settings/settings.schemas';
import { isCliErrorCode, type Failure } from './cli-error';

/** PARLOIR_LANG, else the language chosen in the app (preferences.json, readable while locked), else French. */
export function cliLanguage(env: NodeJS.ProcessEnv, dataDir: string | undefined): Language {
  const fromEnv = languageSchema.safeParse(env.PARLOIR_LANG);
  if (fromEnv.success) return fromEnv.data;
  return dataDir ? readPreferences(vaultPaths(dataDir)).language : fallbackLanguage;
}

export async function cliTranslator(language: Language): Promise<TFunction<['cli', 'translation']>> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: fallbackLanguage,
    ns: ['cli', 'translation'],
    defaultNS: 'cli',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(language, ['cli', 'translation']);
}

/** `Erreur WRONG_PASSPHRASE : …`: the code for scripts, the sentence for people, in the user's language. */
export function describeFailure(t: TFunction<['cli', 'translation']>, failure: Failure): string {
  const message = isCliErrorCode(failure.code)
    ? t(`cli:errors.${failure.code}`)
    : t(`translation:errors.${failure.code}`);
  return t('cli:errorLine', { code: failure.code, message });
}
