import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';

type Outcome = Pick<OutputOf<'vault:newRecoveryCode'>, 'backupsReencrypted' | 'backupsRemoved'>;

interface RekeyOutcomeProps {
  /** That the secret changed and the vault has a new key. */
  headline: string;
  outcome: Outcome;
  /** Which old secrets still open the copies kept elsewhere. */
  elsewhere: string;
  /** What to say when the folder held no backup to re-encrypt or remove (a restore keeps its own copy beside them). */
  none?: string;
}

/** After a re-key: what changed, what happened to each local backup, and what no re-key can reach. */
export function RekeyOutcome({ headline, outcome, elsewhere, none }: RekeyOutcomeProps) {
  const { t } = useTranslation();
  const { backupsReencrypted, backupsRemoved } = outcome;
  const lines = [
    backupsReencrypted > 0 && t('rekey.reencrypted', { count: backupsReencrypted }),
    backupsRemoved > 0 && t('rekey.removed', { count: backupsRemoved }),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <div className="rekey-outcome">
      <p role="status" className="alert alert-success">
        {headline}
      </p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{none ?? t('rekey.noBackups')}</p>
      )}
      <p className="alert alert-warning">{elsewhere}</p>
    </div>
  );
}
