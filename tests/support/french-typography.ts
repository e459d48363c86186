import fs from 'node:fs';
import path from 'node:path';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** One string of a resource file, by its key path inside the exported object (the export's own name left out). */
export interface ResourceString {
  file: string;
  key: string;
  text: string;
}

/**
 * Where a French string breaks the typography rules: U+202F (narrow no-break space) before ; ! ? and inside « »,
 * U+00A0 (no-break space) before :. A colon between digits (12:30) or before // (a URL) is not punctuation.
 * Answers a short reason per fault, empty when the string is right.
 */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  const show = (at: number) => JSON.stringify(text.slice(Math.max(0, at - 12), at + 2));
  // A no-break space doubled (or beside a plain one) shows as a wide gap.
  const doubled = /[\u00a0\u202f][ \u00a0\u202f]|[ ][\u00a0\u202f]/u.exec(text);
  if (doubled) faults.push(`two spaces side by side: ${show(doubled.index + 1)}`);
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const before = i > 0 ? text.charAt(i - 1) : '';
    const after = text.charAt(i + 1);
    if (';!?'.includes(char) && i > 0 && before !== NNBSP) {
      faults.push(`needs U+202F before "${char}": ${show(i)}`);
    } else if (char === ':' && i > 0 && before !== NBSP) {
      const betweenDigits = /\d/.test(before) && /\d/.test(after);
      if (!betweenDigits && !text.startsWith('//', i + 1)) faults.push(`needs U+00A0 before ":": ${show(i)}`);
    } else if (char === '«' && after !== NNBSP) {
      faults.push(`needs U+202F after "«": ${show(i)}`);
    } else if (char === '»' && before !== NNBSP) {
      faults.push(`needs U+202F before "»": ${show(i)}`);
    }
  }
  return faults;
}

/** A plural written as "page(s)" instead of i18next's _one / _other forms. */
export function hasPluralHack(text: string): boolean {
  return /\(s\)/i.test(text);
}

/** Every string under a value (objects and arrays walked), with its key path. */
export function stringsOf(value: unknown, file: string, key = ''): ResourceString[] {
  if (typeof value === 'string') return [{ file, key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, file, `${key}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => stringsOf(inner, file, key ? `${key}.${name}` : name));
  }
  return [];
}

/**
 * The resource files of one language: every shared/<domain>/*.<lang>.ts, then shared/i18n's (whose spreads repeat
 * the domains' strings: a key already read with the same text is left out, so each string is reported once, in
 * the file where it is written).
 */
export function resourceFiles(root: string, language: 'fr' | 'en'): string[] {
  const shared = path.join(root, 'shared');
  const domainFiles = fs
    .readdirSync(shared, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'i18n')
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(shared, dir.name))
        .filter((name) => name.endsWith(`.${language}.ts`))
        .map((name) => `shared/${dir.name}/${name}`),
    );
  const i18nFiles = fs
    .readdirSync(path.join(shared, 'i18n'))
    .filter((name) => name === `${language}.ts` || name.endsWith(`.${language}.ts`))
    .map((name) => `shared/i18n/${name}`);
  return [...domainFiles.sort(), ...i18nFiles.sort()];
}

export async function resourceStrings(root: string, language: 'fr' | 'en'): Promise<ResourceString[]> {
  const seen = new Set<string>();
  const strings: ResourceString[] = [];
  for (const file of resourceFiles(root, language)) {
    const module = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const exported of Object.values(module)) {
      for (const entry of stringsOf(exported, file)) {
        const id = `${entry.key}\u0000${entry.text}`;
        if (seen.has(id)) continue;
        seen.add(id);
        strings.push(entry);
      }
    }
  }
  return strings;
}
