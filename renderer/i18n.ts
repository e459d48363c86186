import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLanguage, resources } from '../shared/i18n/index';
import type { Language } from '../shared/settings/settings.schemas';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['fr'];
  }
}

function setDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Starts i18next in the user's saved language (read from settings:get, which answers while locked). */
export async function initI18n(language: Language): Promise<void> {
  i18next.on('languageChanged', setDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: fallbackLanguage,
    ns: ['translation'],
    defaultNS: 'translation',
    // React escapes what it renders; escaping here too would show &amp; in the UI.
    interpolation: { escapeValue: false },
  });
  setDocumentLanguage(i18next.language);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'fr';
}
