import type { TFunction } from 'i18next';
import type { Category } from '../../../shared/money/ledger-outputs.schemas';

/** A built-in category in the reader's language; one the group added under the name it gave. */
export function categoryName(t: TFunction, category: Pick<Category, 'builtinKey' | 'name'>): string {
  return category.builtinKey ? t(`money.ledger.categories.${category.builtinKey}`) : category.name;
}
