import i18next, { type TFunction } from 'i18next';
import { moneyEn } from '../../../shared/money/money.en';
import { moneyFr } from '../../../shared/money/money.fr';

export type SlipLanguage = 'fr' | 'en';

/**
 * The slips' own i18next instance over the `money` strings, so the PDF speaks the app's language whichever way the
 * strings are later registered with the rest of the app.
 */
export function slipText(language: SlipLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { fr: { money: moneyFr }, en: { money: moneyEn } },
    lng: language,
    fallbackLng: 'fr',
    ns: ['money'],
    defaultNS: 'money',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
