import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import {
  importLimits,
  type DuplicateChoice,
  type ImportMapping,
} from '../../../shared/import-export/import-export.schemas';
import { useCheckImport, usePickImportFile, useRunImport } from '../../api/import-export.queries';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { formatCount } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { ColumnMapping } from './column-mapping';
import { ImportError } from './import-error';
import { CheckResult } from './check-result';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { UnmappedColumns } from './unmapped-columns';

type ChosenFile = Extract<OutputOf<'import:pickFile'>, { status: 'chosen' }>;

/**
 * Spreadsheet import: choose a CSV, say which column is which (with a preview, and a word on the columns left out
 * that look like dates, numbers or prisons), check every row, choose what to do with people already in Parloir and
 * with rows that have a problem (all or nothing, or set them aside), then import in one transaction with a progress
 * bar; the rows set aside can be saved to fix.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const pick = usePickImportFile();
  const check = useCheckImport();
  const run = useRunImport();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [duplicates, setDuplicates] = useState<DuplicateChoice | null>(null);
  const [setAside, setSetAside] = useState(false);
  // The last answer stays on screen while a choice re-checks, so the choices keep their place and focus.
  const [checked, setChecked] = useState<OutputOf<'import:check'> | null>(null);

  const choose = () =>
    pick.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status !== 'chosen') return;
        setFile(result);
        setMapping(result.suggestedMapping);
        setDuplicates(null);
        setSetAside(false);
        setChecked(null);
        check.reset();
        run.reset();
      },
    });
  const changeMapping = (next: ImportMapping) => {
    setMapping(next);
    setChecked(null);
    check.reset();
  };
  const runCheck = (choice: DuplicateChoice | null) =>
    file && check.mutate({ token: file.token, mapping, duplicates: choice ?? 'refuse' }, { onSuccess: setChecked });
  // Each choice changes what is written: the check runs again with it, so the counts are the import's own.
  const chooseDuplicates = (choice: DuplicateChoice) => {
    setDuplicates(choice);
    runCheck(choice);
  };
  const canImport =
    checked !== null &&
    !check.isPending &&
    (checked.duplicateRows === 0 || duplicates !== null) &&
    (checked.problemRows === 0 || setAside) &&
    checked.ready > 0;
  const language = currentLanguage();
  const limits = {
    rows: formatCount(importLimits.rows, language),
    columns: formatCount(importLimits.columns, language),
    megabytes: formatCount(importLimits.bytes / (1024 * 1024), language),
  };

  return (
    <section className="page page-wide">
      <BackButton to={{ page: 'prisoners' }} label={t('nav.prisoners')} />
      <h1 ref={heading} tabIndex={-1}>
        {t('import.title')}
      </h1>
      {run.data && file ? (
        <ImportResult
          token={file.token}
          result={run.data}
          onList={() => navigate({ page: 'prisoners' })}
          onAnother={choose}
        />
      ) : run.isPending && file ? (
        <ImportProgress token={file.token} />
      ) : (
        <>
          {!file && (
            <div className="panel">
              <p>{t('import.intro')}</p>
              <p className="muted">{t('import.excelAdvice')}</p>
              <p className="muted">{t('import.limits', limits)}</p>
            </div>
          )}
          <div className="toolbar">
            <BusyButton
              busy={pick.isPending}
              busyLabel={t('import.picking')}
              className={file ? 'button-secondary' : 'button-primary'}
              onClick={choose}
            >
              {file ? t('import.chooseAnother') : t('import.choose')}
            </BusyButton>
          </div>
          <ImportError error={pick.error} />
          {file && (
            <>
              <p className="file-summary">{t('import.fileSummary', { file: file.fileName, count: file.rowCount })}</p>
              <ColumnMapping
                headers={file.headers}
                preview={file.preview}
                mapping={mapping}
                remembered={file.rememberedMapping}
                onChange={changeMapping}
              />
              <UnmappedColumns headers={file.headers} looks={file.columnLooks} mapping={mapping} />
              <div className="toolbar">
                <BusyButton
                  busy={check.isPending}
                  busyLabel={t('import.checking')}
                  className="button-primary"
                  onClick={() => runCheck(duplicates)}
                >
                  {t('import.check')}
                </BusyButton>
              </div>
              <ImportError error={check.error} />
            </>
          )}
          {file && checked && (
            <section className="panel" aria-labelledby="import-check-heading">
              <h2 id="import-check-heading">{t('import.checkHeading')}</h2>
              <CheckResult
                checked={checked}
                duplicates={duplicates}
                onDuplicates={chooseDuplicates}
                setAside={setAside}
                onSetAside={setSetAside}
              />
              <UnmappedColumns headers={file.headers} looks={file.columnLooks} mapping={mapping} />
              <div className="toolbar">
                <button
                  type="button"
                  className="button-primary"
                  disabled={!canImport}
                  onClick={() =>
                    run.mutate({ token: file.token, mapping, duplicates: duplicates ?? 'refuse', setAside })
                  }
                >
                  {t('import.run', { count: checked.ready })}
                </button>
              </div>
              <ImportError error={run.error} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
