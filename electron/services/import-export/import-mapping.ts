import {
  importFields,
  type ImportField,
  type ImportMapping,
} from '../../../shared/import-export/import-export.schemas';
import { HEADER_NAMES } from './import-header-names';
import { matchKey } from './import-words';

const fieldByName = new Map<string, ImportField>(
  importFields.flatMap((field) => HEADER_NAMES[field].map((name) => [name, field] as const)),
);

/** A header such as "Date de naissance (JJ/MM/AAAA)" or "Prison actuelle": a known name as its leading words. */
function fieldByLeadingWords(words: string): ImportField | undefined {
  let best: { field: ImportField; length: number } | undefined;
  for (const [name, field] of fieldByName) {
    // Short names ("n", "no", "cp") only as the whole header: "N° de téléphone" is no prisoner number.
    if (name.length >= 3 && words.startsWith(`${name} `) && name.length > (best?.length ?? 0))
      best = { field, length: name.length };
  }
  return best?.field;
}

/**
 * Guesses which column fills which field; each field takes the first column that names it. Exact names are tried
 * before leading words, so "Nom" goes to the family name even when "Nom d'usage" comes first.
 */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const words = headers.map(matchKey);
  const assign = (field: ImportField | undefined, column: number) => {
    if (field !== undefined && mapping[field] === undefined && !Object.values(mapping).includes(column))
      mapping[field] = column;
  };
  words.forEach((header, column) => assign(fieldByName.get(header), column));
  words.forEach((header, column) => assign(fieldByLeadingWords(header), column));
  return mapping;
}
