import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodePanelProps {
  code: string;
  doneLabel: string;
  onDone: () => void;
}

/** The code, once: large and grouped for copying by hand, and no way on until the user says it is written down. */
export function RecoveryCodePanel({ code, doneLabel, onDone }: RecoveryCodePanelProps) {
  const { t } = useTranslation();
  const [writtenDown, setWrittenDown] = useState(false);
  const labelId = useId();
  return (
    <div className="recovery">
      <p id={labelId} className="recovery-label">
        {t('recovery.codeLabel')}
      </p>
      <p className="recovery-code" aria-labelledby={labelId} data-testid="recovery-code">
        {code.split('-').map((group, index) => (
          <span key={index} className="recovery-group">
            {index > 0 && <span className="recovery-dash">-</span>}
            {group}
          </span>
        ))}
      </p>
      <p className="alert alert-warning">{t('recovery.onceWarning')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={writtenDown} onChange={(event) => setWrittenDown(event.target.checked)} />
        {t('recovery.writtenDown')}
      </label>
      <div className="actions">
        <button type="button" className="button-primary" disabled={!writtenDown} onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  );
}
