import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { isoDate } from '../../../shared/common.schemas';
import { prisonerStatuses, type PrisonerStatus } from '../../../shared/registry/prisoners.schemas';
import { nameKey } from '../../../shared/same-name';
import { foldForSearch } from '../../../shared/search-fold';

/**
 * Text reduced to what a person means by it: folded (accents, case) and with punctuation as plain spaces, so
 * "Maison d’arrêt" and "maison d'arret", or "Numéro d'écrou" and "numero d ecrou", compare equal.
 */
export function matchKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Status words as groups write them, folded ("Condamné·e" -> "condamne e"). The words the export writes
 * (host csv.status) are added below, so an exported file always imports back.
 */
const STATUS_WORDS: Record<PrisonerStatus, readonly string[]> = {
  pretrial: [
    'prevenu',
    'prevenue',
    'prevenu e',
    'prevenus',
    'detention provisoire',
    'en detention provisoire',
    'provisoire',
    'en attente de proces',
    'en attente de jugement',
    'pre trial',
    'remand',
    'on remand',
    'awaiting trial',
  ],
  sentenced: ['condamne', 'condamnee', 'condamne e', 'condamnes', 'sentenced', 'convicted'],
  released: ['libere', 'liberee', 'libere e', 'liberes', 'libre', 'sorti', 'sortie', 'released', 'free'],
  deceased: ['decede', 'decedee', 'decede e', 'mort', 'morte', 'deceased', 'dead', 'died'],
  unknown: ['inconnu', 'inconnue', 'inconnu e', 'ne sait pas', 'nsp', 'unknown'],
};

const statusByWord = new Map<string, PrisonerStatus>();
for (const status of prisonerStatuses) {
  for (const word of [status, ...STATUS_WORDS[status], hostFr.csv.status[status], hostEn.csv.status[status]]) {
    statusByWord.set(matchKey(word), status);
  }
}

/** The status a cell names; undefined for an empty cell (the default applies); null for a word not understood. */
export function statusFromText(text: string): PrisonerStatus | null | undefined {
  const folded = matchKey(text);
  if (folded === '') return undefined;
  return statusByWord.get(folded) ?? null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day first, as France, Belgium, Switzerland and Germany write it: 05/03/1990, 5.3.1990, 05-03-1990. */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `YYYY-MM-DD` for a real calendar date written either way; null otherwise. */
export function dateFromText(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return null;
  const [year = '', month = '', day = ''] = parts;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoDate.safeParse(candidate).success ? candidate : null;
}

/** Tags in one cell: "Procès de Lyon, Antirep | 2024" -> three names, blanks dropped, repeats (same name) once. */
export function tagNamesFromText(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[,|]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    const key = nameKey(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Languages in one cell: "fr, tr" or "fr tr" or "fr/tr". */
export function languageCodesFromText(text: string): string[] {
  return text
    .split(/[\s,;|/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The export protects cells that a spreadsheet would run as a formula ("=...", "+...", "-...", "@...") with a
 * leading apostrophe; reading the file back removes it, so the round trip gives the same names.
 */
export function cellText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
