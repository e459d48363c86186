import type { TFunction } from 'i18next';

interface Named {
  id: number;
  name: string;
}

interface CategoryNamed extends Named {
  builtinKey: string | null;
}

/** A category as the reader says it: a built-in one in their language, the group's own by its name. */
export function categoryName(t: TFunction, category: CategoryNamed): string {
  return category.builtinKey
    ? t(`money.ledger.categories.${category.builtinKey}`, { defaultValue: category.name })
    : category.name;
}

/** Looks names up by id for a proposal's "category → fund"; an id no longer listed shows nothing rather than a number. */
export function nameLookup<T extends Named>(rows: readonly T[] | undefined, show: (row: T) => string) {
  const byId = new Map((rows ?? []).map((row) => [row.id, show(row)]));
  return (id: number | null) => (id === null ? null : (byId.get(id) ?? null));
}
