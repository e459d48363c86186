import { z } from 'zod';

/** Row ids are SQLite integer primary keys. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const idInput = z.strictObject({ id });

/** Calendar dates travel as `YYYY-MM-DD` (docs/ARCHITECTURE.md), checked to be real dates. */
export const isoDate = z.iso.date();

/** ISO 3166-1 alpha-2, upper case (`FR`, `BE`, `CH`). */
export const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code'));

/** ISO 639-1 language code, lower case (`fr`, `tr`, `de`). */
export const languageCode = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'));

/** The input of a channel that takes none, and the output of one that answers nothing. */
export const empty = z.strictObject({});

/** A required one-line text: trimmed, not empty. */
export const requiredLine = (max: number) => z.string().trim().min(1).max(max);

/** An optional one-line text: trimmed; empty becomes null so "no value" has one spelling in the vault. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** Free text (notes): may hold newlines. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value && value.trim() ? value : null));

export const timestamp = z.string();
