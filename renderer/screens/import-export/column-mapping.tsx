import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importFields,
  requiredImportFields,
  type ImportField,
  type ImportMapping,
} from '../../../shared/import-export/import-export.schemas';

interface ColumnMappingProps {
  headers: string[];
  preview: string[][];
  mapping: ImportMapping;
  /** The mapping is the one last used for a file with these headers. */
  remembered: boolean;
  onChange: (mapping: ImportMapping) => void;
}

const isRequired = (field: ImportField) => (requiredImportFields as readonly ImportField[]).includes(field);

/** The first rows of the file as read, then one drop-down per Parloir field saying which column fills it. */
export function ColumnMapping({ headers, preview, mapping, remembered, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  const columnLabel = (index: number) => t('import.columnLabel', { number: index + 1, header: headers[index] ?? '' });

  return (
    <>
      <h2 id={`${id}-preview`}>{t('import.previewHeading')}</h2>
      <div className="table-wrap preview-wrap" role="region" aria-labelledby={`${id}-preview`} tabIndex={0}>
        <table className="data-table preview-table">
          <thead>
            <tr>
              {headers.map((header, index) => (
                <th key={index} scope="col">
                  {columnLabel(index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {headers.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('import.mappingHeading')}</h2>
      <p>{t('import.mappingIntro')}</p>
      {remembered && <p className="alert alert-info">{t('import.rememberedMapping')}</p>}
      <div className="mapping-grid">
        {importFields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>
              {t(`importField.${field}`)}
              {isRequired(field) && <span className="required-mark"> {t('import.required')}</span>}
            </label>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(event) => set(field, event.target.value)}
            >
              <option value="">{t('import.notImported')}</option>
              {headers.map((_, index) => (
                <option key={index} value={index}>
                  {columnLabel(index)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </>
  );
}
