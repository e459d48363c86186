import { ZxcvbnFactory, type OptionsType } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import type { Language } from './schemas/settings.schemas';

/** zxcvbn-ts score (0-4) a passphrase needs before it may protect a vault. */
export const MIN_PASSPHRASE_SCORE = 3;

export interface PassphraseAssessment {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Why it is weak and what to do, already in the requested language. */
  warning: string | null;
  suggestions: string[];
}

const translations = { fr: fr.translations, en: en.translations } satisfies Record<Language, unknown>;
const factories = new Map<Language, ZxcvbnFactory>();

function factoryFor(language: Language): ZxcvbnFactory {
  let factory = factories.get(language);
  if (!factory) {
    const options: OptionsType = {
      translations: translations[language],
      graphs: common.adjacencyGraphs,
      // French users write French passphrases; English words and the common password lists matter everywhere.
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    };
    factory = new ZxcvbnFactory(options);
    factories.set(language, factory);
  }
  return factory;
}

export function assessPassphrase(passphrase: string, language: Language, userInputs: string[] = []): PassphraseAssessment {
  const result = factoryFor(language).check(passphrase, ['parloir', ...userInputs]);
  return {
    score: result.score,
    acceptable: result.score >= MIN_PASSPHRASE_SCORE,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}
