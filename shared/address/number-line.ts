import type { Language } from '../settings/settings.schemas';

/**
 * How each country's prisons want the prisoner's number written, on its own line after the name: the French
 * "numéro d'écrou", the German Buchnummer, the Spanish NIS, the Italian matricola. The term belongs to the
 * destination's prison administration, so it is written the same whatever language the group works in.
 */
const destinationTerms: Readonly<Record<string, (n: string) => string>> = {
  FR: (n) => `écrou n° ${n}`,
  DE: (n) => `Buchnummer ${n}`,
  AT: (n) => `Buchnummer ${n}`,
  IT: (n) => `matricola ${n}`,
  ES: (n) => `NIS ${n}`,
};

/** Elsewhere, the group's own language: one sheet, one convention, never an English "No." on a French sheet. */
const groupTerms: Readonly<Record<Language, (n: string) => string>> = {
  fr: (n) => `n° ${n}`,
  en: (n) => `No. ${n}`,
};

export function numberLine(destination: string, prisonerNumber: string, language: Language): string {
  return (destinationTerms[destination.toUpperCase()] ?? groupTerms[language])(prisonerNumber);
}

/**
 * The Spanish "módulo" (the prison's unit), on its own line after the name and number, as Spanish prisons sort
 * their mail by it. Typed as "5" or as "Módulo 5": the word is written once either way.
 */
export function moduleLine(module: string): string {
  return /^m[oó]d(ulo)?\b/iu.test(module) ? module : `Módulo ${module}`;
}
