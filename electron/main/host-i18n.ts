import i18next, { type i18n } from 'i18next';
import { fallbackLanguage, resources } from '../../shared/i18n';
import type { Language } from '../../shared/settings/settings.schemas';
import type { HostText } from './dialog-options';
import type { MenuText } from './menu-template';

/** The main process's own i18next instance: the native menu (`translation`.menu) and dialogs (`host`). */
export function createHostI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: fallbackLanguage,
    ns: ['translation', 'host'],
    defaultNS: 'translation',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function menuText(instance: i18n): MenuText {
  return (key) => instance.t(`menu.${key}`);
}

export function hostText(instance: i18n): HostText {
  return (key) => instance.t(key, { ns: 'host' });
}
