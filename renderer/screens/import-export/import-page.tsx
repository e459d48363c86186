import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { importLimits, type ImportMapping } from '../../../shared/import-export/import-export.schemas';
import { useCheckImport, usePickImportFile, useRunImport } from '../../api/import-export.queries';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { formatCount } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { ColumnMapping } from './column-mapping';
import { ImportError } from './import-error';
import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';

type ChosenFile = Extract<OutputOf<'import:pickFile'>, { status: 'chosen' }>;

/**
 * Spreadsheet import: choose a CSV, say which column is which (with a preview), check every row, then import all
 * rows in one transaction (nothing is written if one fails) with a progress bar.
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
  const [skipDuplicates, setSkipDuplicates] = useState(false);

  const choose = () =>
    pick.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status !== 'chosen') return;
        setFile(result);
        setMapping(result.suggestedMapping);
        setSkipDuplicates(false);
        check.reset();
        run.reset();
      },
    });
  const changeMapping = (next: ImportMapping) => {
    setMapping(next);
    check.reset();
  };
  const checked = check.data;
  const duplicates = checked?.inVaultCount ?? 0;
  const blocking = (checked?.problemCount ?? 0) - duplicates;
  const canImport =
    checked !== undefined && blocking === 0 && (duplicates === 0 || skipDuplicates) && checked.ready > 0;
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
      {run.data ? (
        <ImportResult result={run.data} onList={() => navigate({ page: 'prisoners' })} onAnother={choose} />
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
              <ColumnMapping headers={file.headers} preview={file.preview} mapping={mapping} onChange={changeMapping} />
              <div className="toolbar">
                <BusyButton
                  busy={check.isPending}
                  busyLabel={t('import.checking')}
                  className="button-primary"
                  onClick={() => check.mutate({ token: file.token, mapping })}
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
              <p role="status">
                {t('import.checkSummary', {
                  rows: checked.rows,
                  ready: checked.ready,
                  facilities: checked.newFacilities,
                  tags: checked.newTags,
                })}
              </p>
              {checked.problems.length > 0 && (
                <ImportProblems problems={checked.problems} total={checked.problemCount} />
              )}
              {blocking > 0 && <p className="alert alert-warning">{t('import.fixAndRetry')}</p>}
              {blocking === 0 && duplicates > 0 && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={skipDuplicates}
                    onChange={(event) => setSkipDuplicates(event.target.checked)}
                  />
                  {t('import.skipDuplicates', { count: duplicates })}
                </label>
              )}
              <div className="toolbar">
                <button
                  type="button"
                  className="button-primary"
                  disabled={!canImport}
                  onClick={() => run.mutate({ token: file.token, mapping, skipDuplicates })}
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
