import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries of VALID inputs, read from zod 4 schemas (zod-fast-check only knows zod 3). It covers what
 * the contract uses: objects, strings (length, regex, ISO dates, trim), numbers (int, bounds), booleans, enums,
 * literals, arrays, optional / nullable / default / prefault, unions, records and pipes. Refinements, trims and
 * pipes are honoured by generating, then keeping what the schema itself accepts. Anything else throws: a schema
 * that needs a generator of its own (a transform before a refinement, such as an IBAN) gets it through `hint`.
 */

export type SchemaPath = readonly string[];

export interface ZodArbitraryOptions {
  /** The caller's own arbitrary for a schema at a path (array items are `*`), or undefined for the generic one. */
  hint?: (schema: z.ZodType, path: SchemaPath) => fc.Arbitrary<unknown> | undefined;
  /** What the refinement filters parse, when hints put placeholders (resolved later) in the values. */
  forCheck?: (value: unknown) => unknown;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  /** z.partialRecord: every key of the enum may be left out. */
  partial?: boolean;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);
const isOptionalIn = (schema: z.ZodType): boolean =>
  (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';

/** Checks the builders below satisfy by construction; any other (refine, trim, formats) is met by filtering. */
const BUILT_IN = new Set(['min_length', 'max_length', 'length_equals', 'greater_than', 'less_than']);
const builtIn = (c: Check) =>
  BUILT_IN.has(c.check) ||
  (c.check === 'number_format' && c.format === 'safeint') ||
  (c.check === 'string_format' && (c.format === 'regex' || c.format === 'date'));

/** Letters people type, and what breaks code that assumes they only type ASCII. */
const PLAIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const ACCENTED = [...'éèêëçàâüöäßœæøåñłŁıİğşĞŞÇÉÈÀÜÖÑ'];
const SCRIPTS = [...'σςΣΩπЖжЯاعبעשי中文한글'];
const PUNCTUATION = [...'"\'*-:;,.()[]{}/\\^$%&#@!?_+=~`<>|'];
const ODD = [
  '\n',
  '\t',
  '\r',
  '\u0301',
  '\u200d',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u00a0',
  'ﬁ',
  'Ⅻ',
  '①',
  '😀',
  '👩‍👩‍👧',
  '\u0000',
];
const char = fc.oneof(
  { arbitrary: fc.constantFrom(...PLAIN), weight: 12 },
  { arbitrary: fc.constant(' '), weight: 3 },
  { arbitrary: fc.constantFrom(...ACCENTED), weight: 3 },
  { arbitrary: fc.constantFrom(...SCRIPTS), weight: 1 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD), weight: 1 },
);

/** Spellings that collide once case and accents are folded: duplicates, search and sorting meet them often. */
export const COLLIDING_TEXT = [
  'Dupont',
  'DUPONT',
  ' dupont ',
  'Çağlar',
  'ÇAĞLAR',
  'caglar',
  'Straße',
  'STRASSE',
  'İbrahim',
  'ibrahim',
  'Σωκράτης',
  'ΣΩΚΡΑΤΗΣ',
  'Łódź',
  'lodz',
  'Procès X',
  'procès x',
  'Cafe\u0301',
  'Café',
  'A',
  'a',
  '"',
  '*',
  'OR',
  'NEAR',
  '12345',
  '777/24',
];

function text(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.min(max, min + 24);
  const options: fc.WeightedArbitrary<string>[] = [
    { arbitrary: fc.string({ unit: char, minLength: min, maxLength: cap }), weight: 6 },
    { arbitrary: fc.constantFrom(...COLLIDING_TEXT), weight: 3 },
  ];
  // The longest text the schema allows, in letters that take two bytes in UTF-8.
  if (Number.isFinite(max) && max > 0) options.push({ arbitrary: fc.constant('é'.repeat(max)), weight: 1 });
  return fc.oneof(...options).filter((s) => s.length >= min && s.length <= max);
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Mostly within a few months, so that stays meet, overlap and follow each other; sometimes any year 1-9999. */
const isoDate = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 120 }).map((d) => isoDay(Date.UTC(2025, 0, 1) + d * DAY_MS)), weight: 5 },
  {
    arbitrary: fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => isoDay(d.getTime())),
    weight: 1,
  },
);

function stringArbitrary(def: Def, path: SchemaPath): fc.Arbitrary<string> {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  let date = def.format === 'date';
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0);
    if (c.check === 'max_length') max = Math.min(max, c.maximum ?? max);
    if (c.check === 'length_equals') min = max = c.length ?? 0;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) patterns.push(c.pattern);
    if (c.check === 'string_format' && c.format === 'date') date = true;
  }
  if (def.format && def.format !== 'date' && def.format !== 'regex') {
    throw new Error(`No generator for string format ${def.format} at ${path.join('.')}`);
  }
  if (date) return isoDate;
  const [pattern, ...others] = patterns;
  if (pattern)
    return fc
      .stringMatching(pattern)
      .filter((s) => s.length >= min && s.length <= max && others.every((p) => p.test(s)));
  return text(min, max);
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.check === 'number_format');
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  if (integer) {
    const min = lower ? (lower.inclusive ? Math.ceil(lower.value ?? 0) : Math.floor(lower.value ?? 0) + 1) : -(2 ** 31);
    const max = upper
      ? upper.inclusive
        ? Math.floor(upper.value ?? 0)
        : Math.ceil(upper.value ?? 0) - 1
      : 2 ** 31 - 1;
    return fc.integer({ min, max });
  }
  const min = lower?.value ?? -1e6;
  const max = upper?.value ?? 1e6;
  const minExcluded = lower ? !lower.inclusive : false;
  const maxExcluded = upper ? !upper.inclusive : false;
  const inRange = (n: number) => (minExcluded ? n > min : n >= min) && (maxExcluded ? n < max : n <= max);
  // Tenths, as people type millimetres, more often than the extreme doubles fast-check favours.
  const tenths = fc.integer({ min: Math.ceil(min * 10), max: Math.floor(max * 10) }).map((n) => n / 10);
  return fc.oneof(
    { arbitrary: tenths.filter(inRange), weight: 3 },
    { arbitrary: fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  );
}

function arrayLength(def: Def): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength = 2 ** 31 - 1;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') minLength = c.minimum ?? 0;
    if (c.check === 'max_length') maxLength = c.maximum ?? maxLength;
    if (c.check === 'length_equals') minLength = maxLength = c.length ?? 0;
  }
  // A handful of items is enough to meet duplicates and empty lists; long lists only cost time.
  return { minLength, maxLength: Math.min(maxLength, minLength + 4) };
}

/** An arbitrary of inputs that `schema.safeParse` accepts (with `forCheck` applied to placeholders). */
export function zodArbitrary(schema: z.ZodType, options: ZodArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const forCheck = options.forCheck ?? ((value: unknown) => value);

  function walk(node: z.ZodType, path: SchemaPath): fc.Arbitrary<unknown> {
    const hinted = options.hint?.(node, path);
    if (hinted) return hinted;
    const def = defOf(node);
    const base = build(def, path);
    const filtered = def.type === 'pipe' || !checksOf(def).every(builtIn);
    return filtered ? base.filter((value) => node.safeParse(forCheck(value)).success) : base;
  }

  function optional(inner: z.ZodType, path: SchemaPath, nil: null | undefined) {
    return fc.option(walk(inner, path), { nil, freq: 3 });
  }

  function build(def: Def, path: SchemaPath): fc.Arbitrary<unknown> {
    switch (def.type) {
      case 'string':
        return stringArbitrary(def, path);
      case 'number':
        return numberArbitrary(def);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? {}));
      case 'literal':
        return fc.constantFrom(...(def.values ?? []));
      case 'object': {
        const shape = def.shape ?? {};
        const keys = Object.keys(shape);
        const fields = Object.fromEntries(keys.map((key) => [key, walk(shape[key] as z.ZodType, [...path, key])]));
        return fc.record(fields, { requiredKeys: keys.filter((key) => !isOptionalIn(shape[key] as z.ZodType)) });
      }
      case 'array':
        return fc.array(walk(def.element as z.ZodType, [...path, '*']), arrayLength(def));
      case 'optional':
      case 'default':
      case 'prefault':
        return optional(def.innerType as z.ZodType, path, undefined);
      case 'nullable':
        return optional(def.innerType as z.ZodType, path, null);
      case 'union':
        return fc.oneof(...(def.options ?? []).map((option) => walk(option, path)));
      case 'pipe': {
        // A transform's output is not an input: generate what goes in. Otherwise what comes out of the pipe (a code
        // after trim and upper-casing) is usually a valid input too, and the filter keeps those that are.
        const out = def.out as z.ZodType;
        return defOf(out).type === 'transform' ? walk(def.in as z.ZodType, path) : walk(out, path);
      }
      case 'record': {
        const keyDef = defOf(def.keyType as z.ZodType);
        const value = def.valueType as z.ZodType;
        if (keyDef.type === 'enum') {
          const keys = Object.values(keyDef.entries ?? {}).map(String);
          const fields = Object.fromEntries(keys.map((key) => [key, walk(value, [...path, key])]));
          return fc.record(fields, { requiredKeys: def.partial ? [] : keys });
        }
        return fc.dictionary(
          walk(def.keyType as z.ZodType, [...path, '#key']) as fc.Arbitrary<string>,
          walk(value, [...path, '*']),
          { maxKeys: 3 },
        );
      }
      default:
        throw new Error(`No generator for zod type ${def.type} at ${path.join('.') || '(root)'}: give it a hint`);
    }
  }

  return walk(schema, []);
}
