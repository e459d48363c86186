import { ZxcvbnFactory, type OptionsType } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { activistWords } from './passphrase/activist-words';
import { extraDictionaries } from './passphrase/extra-dictionaries';
import { cryptoRandom, generatePassphrase, type RandomSource } from './passphrase/generate-passphrase';
import type { Language } from '../settings/settings.schemas';

/** zxcvbn-ts score (0-4) a passphrase needs before it may protect a vault: 4 means at least 10^10 guesses. */
export const MIN_PASSPHRASE_SCORE = 4;
/** ...and it must be long as well: at least this many words, */
export const MIN_PASSPHRASE_WORDS = 4;
/** ...or at least this many characters. */
export const MIN_PASSPHRASE_CHARACTERS = 16;

export interface PassphraseAssessment {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** zxcvbn's explanation of why it is weak, already in the requested language. */
  warning: string | null;
  /** zxcvbn's advice, already in the requested language. */
  suggestions: string[];
  /** Words as countPassphraseWords counts them, and characters (Unicode code points). */
  words: number;
  characters: number;
  /** Fewer than MIN_PASSPHRASE_WORDS words and fewer than MIN_PASSPHRASE_CHARACTERS characters, whatever the score. */
  tooShort: boolean;
  /** Words or slogans of the activist dictionary found in it, as typed: those are tried first. */
  activistWords: string[];
}

/**
 * A word is a run of letters of any alphabet, accented letters included (Unicode letters and combining marks);
 * anything else (spaces, punctuation, hyphens, apostrophes, digits, symbols) separates words. So "l'été à Fresnes"
 * has 4 words, "sans-papiers" 2, and "1312" none.
 */
export function countPassphraseWords(passphrase: string): number {
  return passphrase.normalize('NFC').match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
}

/** Characters as a person counts them: "é" is one, however it was typed (NFC), and so is an emoji's code point. */
export function countPassphraseCharacters(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

const translations = { fr: fr.translations, en: en.translations } satisfies Record<Language, unknown>;
const factories = new Map<Language, ZxcvbnFactory>();
const activist = new Set(activistWords);

function factoryFor(language: Language): ZxcvbnFactory {
  let factory = factories.get(language);
  if (!factory) {
    const options: OptionsType = {
      translations: translations[language],
      graphs: common.adjacencyGraphs,
      // French users write French passphrases; English words and the common password lists matter everywhere.
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...extraDictionaries() },
    };
    factory = new ZxcvbnFactory(options);
    factories.set(language, factory);
  }
  return factory;
}

/** Spaces, punctuation and symbols between words, which zxcvbn prices as random characters rather than separators. */
const SEPARATORS = /[\p{Z}\p{P}\p{S}]+/gu;

type Check = ReturnType<ZxcvbnFactory['check']>;

function activistTokens(check: Check): string[] {
  return check.sequence.flatMap((match) =>
    match.pattern === 'dictionary' && activist.has(match.matchedWord) ? [match.token] : [],
  );
}

/** Each token once, in the order the passphrase has them (a token found only run together goes last). */
function inOrderOfAppearance(passphrase: string, tokens: string[]): string[] {
  const lower = passphrase.toLowerCase();
  const at = (token: string) => {
    const index = lower.indexOf(token.toLowerCase());
    return index < 0 ? Infinity : index;
  };
  return [...new Set(tokens)].sort((a, b) => at(a) - at(b));
}

export function assessPassphrase(
  passphrase: string,
  language: Language,
  userInputs: string[] = [],
): PassphraseAssessment {
  const factory = factoryFor(language);
  const inputs = ['parloir', ...userInputs];
  const words = countPassphraseWords(passphrase);
  const characters = countPassphraseCharacters(passphrase);
  const tooShort = words < MIN_PASSPHRASE_WORDS && characters < MIN_PASSPHRASE_CHARACTERS;
  const checks = [factory.check(passphrase, inputs)];
  // zxcvbn prices " 1312 " as six random characters, so "acab 1312 antifa" scored 4; run together, its words are
  // found. Only worth it when the passphrase passes otherwise (zxcvbn takes up to a second on digits).
  const first = checks[0] as Check;
  const stripped = passphrase.replace(SEPARATORS, '');
  if (first.score >= MIN_PASSPHRASE_SCORE && !tooShort && stripped !== passphrase)
    checks.push(factory.check(stripped, inputs));
  const weakest = checks.reduce((a, b) => (b.score < a.score ? b : a));
  return {
    score: weakest.score,
    acceptable: weakest.score >= MIN_PASSPHRASE_SCORE && !tooShort,
    warning: weakest.feedback.warning ?? first.feedback.warning,
    suggestions: [...new Set(checks.flatMap((check) => check.feedback.suggestions))],
    words,
    characters,
    tooShort,
    activistWords: inOrderOfAppearance(passphrase, checks.flatMap(activistTokens)),
  };
}

/**
 * A generated passphrase that this policy accepts. Six diceware words pass but for draws so unlikely they never
 * happen (the same word six times, which zxcvbn sees as a repeat); those are drawn again, so that neither they nor a
 * later change to the policy or the lists can hand out a passphrase the vault would refuse.
 */
export function proposePassphrase(language: Language, random: RandomSource = cryptoRandom): string {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const passphrase = generatePassphrase(language, random);
    if (assessPassphrase(passphrase, language).acceptable) return passphrase;
  }
  throw new Error('No generated passphrase met the passphrase policy');
}
