import { useTranslation } from 'react-i18next';
import {
  unmappedLookalikes,
  type ColumnLook,
  type ImportMapping,
} from '../../../shared/import-export/import-export.schemas';

interface UnmappedColumnsProps {
  headers: string[];
  looks: (ColumnLook | null)[];
  mapping: ImportMapping;
}

/**
 * Columns left out of the mapping that hold dates, numbers or prison names: the user probably meant to import them
 * (a custody date under a header Parloir does not know), so they are named before and after the check.
 */
export function UnmappedColumns({ headers, looks, mapping }: UnmappedColumnsProps) {
  const { t } = useTranslation();
  const columns = unmappedLookalikes(looks, mapping);
  if (columns.length === 0) return null;
  return (
    <div className="alert alert-warning unmapped-columns">
      <p>
        <strong>{t('import.lookalikesHeading')}</strong>
      </p>
      <ul>
        {columns.map(({ column, look }) => (
          <li key={column}>{t(`import.look_${look}`, { number: column + 1, header: headers[column] ?? '' })}</li>
        ))}
      </ul>
    </div>
  );
}
