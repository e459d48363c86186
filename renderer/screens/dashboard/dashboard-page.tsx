import { useTranslation } from 'react-i18next';
import {
  BIRTHDAY_DAYS,
  DRAFT_AGE_DAYS,
  RELEASE_DAYS,
  TRANSFER_DAYS,
  type AttentionKind,
  type DashboardCounts,
} from '../../../shared/dashboard/dashboard.schemas';
import { STANDING_ORDER_GRACE_DAYS } from '../../../shared/money/money-values';
import { addDays, localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { useDashboard } from '../../api/dashboard.queries';
import { ErrorAlert } from '../../components/error-alert';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { useNavigate } from '../../navigation/navigation-context';
import { DashboardTile } from './dashboard-tile';

/** The days each prisoner count's detail line says. */
export function attentionDays(kind: AttentionKind, counts: Pick<DashboardCounts, 'noLetterDays' | 'replyWindowDays'>) {
  const days: Record<AttentionKind, number> = {
    repliesOverdue: counts.replyWindowDays,
    noLetter: counts.noLetterDays,
    birthdays: BIRTHDAY_DAYS,
    releases: RELEASE_DAYS,
    transfers: TRANSFER_DAYS,
  };
  return days[kind];
}

const prisonerTiles: AttentionKind[] = ['repliesOverdue', 'noLetter', 'birthdays', 'releases', 'transfers'];

/** Home, the first screen after unlocking: what the group must act on, each count opening its list. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const dashboard = useDashboard();
  const counts = dashboard.data;
  return (
    <section className="page page-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('nav.dashboard')}
      </h1>
      <ErrorAlert code={dashboard.isError ? errorCodeOf(dashboard.error) : null} />
      {!counts ? (
        dashboard.isPending && <p role="status">{t('common.loading')}</p>
      ) : !counts.hasPrisoners ? (
        <div className="empty-state">
          <p>{t('dashboard.empty')}</p>
          <p className="muted">{t('dashboard.emptyNext')}</p>
          <div className="toolbar">
            <button type="button" className="button-primary" onClick={() => navigate({ page: 'prisonerNew' })}>
              {t('prisoners.new')}
            </button>
            <button type="button" className="button-secondary" onClick={() => navigate({ page: 'import' })}>
              {t('prisoners.import')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('dashboard.intro')}</p>
          <div className="tiles">
            {prisonerTiles.map((kind) => (
              <DashboardTile
                key={kind}
                tile={kind}
                count={counts[kind]}
                days={attentionDays(kind, counts)}
                onOpen={() => navigate({ page: 'prisoners', attention: kind })}
              />
            ))}
            <DashboardTile
              tile="letterIssues"
              count={counts.letterIssues}
              opens={t('dashboard.opensLetters')}
              onOpen={() => navigate({ page: 'letters', filters: { needsAction: true } })}
            />
            <DashboardTile
              tile="parcelIssues"
              count={counts.parcelIssues}
              opens={t('dashboard.opensParcels')}
              onOpen={() => navigate({ page: 'parcels', filters: { needsAction: true } })}
            />
            <DashboardTile
              tile="oldDrafts"
              count={counts.oldDrafts}
              days={DRAFT_AGE_DAYS}
              opens={t('dashboard.opensLetters')}
              // The very rows the count reads: drafts started before the day DRAFT_AGE_DAYS ago began.
              onOpen={() =>
                navigate({
                  page: 'letters',
                  filters: { status: ['draft'], createdBefore: addDays(localToday(), -DRAFT_AGE_DAYS) },
                })
              }
            />
            <DashboardTile
              tile="standingOrdersLate"
              count={counts.standingOrdersLate}
              days={STANDING_ORDER_GRACE_DAYS}
              opens={t('dashboard.opensStandingOrders')}
              onOpen={() => navigate({ page: 'moneyStandingOrders' })}
            />
          </div>
          <p>
            <button type="button" className="button-link" onClick={() => navigate({ page: 'settings' })}>
              {t('dashboard.settingsLink')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
