import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * zodResolver over a shared schema, after `prepare` has dropped what the screen hides (an unticked "currently detained"
 * part, the bank fields when money goes another way): the schemas are strict, and what the user cannot see must not
 * be sent. On success the form receives the schema's parsed output.
 */
export function zodFormResolver<TValues extends FieldValues, S extends z.ZodType>(
  schema: S,
  prepare: (values: TValues) => unknown = (values) => values,
): Resolver<TValues, unknown, z.output<S>> {
  const inner = zodResolver(schema as unknown as z.ZodType<z.output<S>, FieldValues>) as unknown as Resolver<
    FieldValues,
    unknown,
    z.output<S>
  >;
  return (values, context, options) =>
    inner(prepare(values) as FieldValues, context, options as unknown as Parameters<typeof inner>[2]) as ReturnType<
      Resolver<TValues, unknown, z.output<S>>
    >;
}
