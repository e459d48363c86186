import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

// Noto Sans covers Latin with every diacritic, Greek and Cyrillic: the scripts of the names the groups write to.
const files = {
  regular: { dir: '400Regular', name: 'NotoSans_400Regular.ttf' },
  bold: { dir: '700Bold', name: 'NotoSans_700Bold.ttf' },
} as const;
export type FontWeight = keyof typeof files;

/** pdfkit's family names for the two embedded fonts. */
export const FONT_REGULAR = 'NotoSans';
export const FONT_BOLD = 'NotoSans-Bold';

/**
 * The built app carries the fonts in a `fonts/` folder beside its bundle (scripts/build-electron.mjs), unpacked from
 * app.asar so the print worker thread can read them too; from sources they come straight from node_modules.
 */
export function fontPath(weight: FontWeight): string {
  const { dir, name } = files[weight];
  const beside = fileURLToPath(new URL(`./fonts/${name}`, import.meta.url)).replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${dir}/${name}`);
}

let regularFont: fontkit.Font | null = null;

/** The regular face, parsed once per thread, for measuring and for the coverage check. */
export function regularFace(): fontkit.Font {
  regularFont ??= fontkit.create(readFileSync(fontPath('regular')));
  return regularFont;
}

// Layout controls and spaces are not glyphs anyone sees missing.
const invisible = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u;

// Code points only, never text: what the face can show, asked once per thread.
const covered = new Map<number, boolean>();

/** The distinct characters of `text` the embedded font cannot show, in order of first appearance. */
export function checkCoverage(text: string): string[] {
  const face = regularFace();
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    let shown = covered.get(codePoint);
    if (shown === undefined) {
      shown = invisible.test(char) || face.hasGlyphForCodePoint(codePoint);
      covered.set(codePoint, shown);
    }
    if (!shown) missing.add(char);
  }
  return [...missing];
}

/** `text` without the characters the font cannot show, so nothing is ever drawn as an empty box. */
export function withoutUnsupported(text: string, unsupported: readonly string[]): string {
  if (unsupported.length === 0) return text;
  let kept = '';
  for (const char of text) if (!unsupported.includes(char)) kept += char;
  return kept.replace(/\s{2,}/gu, ' ').trim();
}
