import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/**
 * What a money form's reader makes of the values: the contract's input, or the fields to fix, each with the key of
 * its sentence under money.screens (the field adds what the sentence needs, a currency).
 */
export type FormReading<O> = { ok: true; value: O } | { ok: false; errors: Record<string, string> };

function nest(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, key] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = root;
    for (const [index, part] of parts.slice(0, -1).entries()) {
      node[part] ??= /^\d+$/u.test(parts[index + 1] ?? '') ? [] : {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1) ?? path] = { type: 'money', message: key };
  }
  return root;
}

/** A react-hook-form resolver over a pure reader, so the rules of a form are tested without a window. */
export function readingResolver<V extends FieldValues, O>(
  read: (values: V) => FormReading<O>,
): Resolver<V, unknown, O> {
  return (values) => {
    const reading = read(values);
    return reading.ok
      ? { values: reading.value, errors: {} }
      : { values: {}, errors: nest(reading.errors) as FieldErrors<V> };
  };
}
