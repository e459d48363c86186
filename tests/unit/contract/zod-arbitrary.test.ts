import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodArbitrary } from '../../support/zod-arbitrary';

const sample = (schema: z.ZodType, options?: Parameters<typeof zodArbitrary>[1]) =>
  fc.sample(zodArbitrary(schema, options), { numRuns: 300, seed: 42 });

describe('zod schemas to fast-check arbitraries', () => {
  it('makes only values the schema accepts, for each kind of schema the contract uses', () => {
    const schema = z
      .strictObject({
        line: z.string().trim().min(1).max(12),
        code: z.string().regex(/^[A-Z]{2}$/),
        day: z.iso.date(),
        count: z.number().int().min(1).max(20),
        mm: z.number().positive().max(30),
        kind: z.enum(['a', 'b']),
        exact: z.literal('x'),
        list: z.array(z.number().int().positive()).min(1).max(3),
        maybe: z
          .string()
          .max(5)
          .nullish()
          .transform((v) => v ?? null),
        flag: z.boolean().default(false),
        nested: z.strictObject({ n: z.number().int().min(0).max(3).default(0) }).prefault({}),
        choice: z.discriminatedUnion('k', [
          z.strictObject({ k: z.literal('one') }),
          z.strictObject({ k: z.literal('two'), v: z.number().int() }),
        ]),
        offsets: z.partialRecord(z.enum(['A4', 'Letter']), z.strictObject({ x: z.number().min(-2).max(2) })),
        upper: z
          .string()
          .trim()
          .transform((v) => v.toUpperCase())
          .pipe(z.string().regex(/^[A-Z]{3}$/)),
      })
      .refine((v) => v.count % 2 === 0, { message: 'even' });
    const values = sample(schema);
    for (const value of values) expect(schema.safeParse(value).success, fc.stringify(value)).toBe(true);
    // Not one constant: the generator explores (optional fields both present and absent, both union branches).
    expect(new Set(values.map((v) => (v as { choice: { k: string } }).choice.k))).toEqual(new Set(['one', 'two']));
    expect(values.some((v) => (v as { maybe?: unknown }).maybe === undefined)).toBe(true);
    expect(values.some((v) => typeof (v as { maybe?: unknown }).maybe === 'string')).toBe(true);
  });

  it('meets strings at their longest, and text beyond ASCII', () => {
    const values = sample(z.string().max(40)) as string[];
    expect(values).toContain('é'.repeat(40));
    expect(values.some((v) => /[^\p{ASCII}]/u.test(v))).toBe(true);
  });

  it('asks for a hint where it cannot generate (a refinement after a transform), naming the place', () => {
    const iban = z
      .string()
      .transform((v) => v.replaceAll(' ', ''))
      .refine((v) => v.startsWith('FR'));
    expect(() => zodArbitrary(z.strictObject({ account: z.custom<string>() }))).toThrow(/zod type custom at account/);
    const hinted = sample(z.strictObject({ account: iban }), {
      hint: (schema) => (schema === iban ? fc.constant('FR76 3000') : undefined),
    });
    expect(hinted).toContainEqual({ account: 'FR76 3000' });
  });

  it('passes placeholders through refinements by checking a stand-in', () => {
    const placeholder = { ref: true };
    const id = z.number().int().positive();
    const schema = z.strictObject({ id, from: z.iso.date(), to: z.iso.date() }).refine((s) => s.to >= s.from);
    const values = sample(schema, {
      hint: (s) => (s === id ? fc.constant(placeholder) : undefined),
      forCheck: (v) => ({ ...(v as object), id: 1 }),
    });
    for (const value of values) expect(value).toMatchObject({ id: placeholder });
  });
});
