import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format';
import { currentLanguage } from '../../i18n';

export type TileKey =
  | 'repliesOverdue'
  | 'noLetter'
  | 'birthdays'
  | 'releases'
  | 'transfers'
  | 'letterIssues'
  | 'parcelIssues'
  | 'oldDrafts'
  | 'standingOrdersLate';

interface DashboardTileProps {
  tile: TileKey;
  count: number;
  /** The number of days the detail line says. */
  days?: number;
  /** Opens the matching list. */
  onOpen: () => void;
  /** Where it opens, when not the prisoner list. */
  opens?: string;
}

/** One count of the dashboard: a big number, what it counts, and the list it opens. */
export function DashboardTile({ tile, count, days, onOpen, opens }: DashboardTileProps) {
  const { t } = useTranslation();
  const number = formatCount(count, currentLanguage());
  const title = t(`dashboard.tiles.${tile}.title`, { count });
  const detail = t(`dashboard.tiles.${tile}.detail`, { days });
  const body = (
    <>
      <span className="tile-count">{number}</span>
      <span className="tile-title">{title}</span>
      <span className="tile-detail">{detail}</span>
    </>
  );
  const tone = count > 0 ? 'tile tile-active' : 'tile';
  return (
    <button type="button" className={tone} onClick={onOpen} data-testid={`tile-${tile}`}>
      {body}
      <span className="tile-opens">{opens ?? t('dashboard.opensPrisoners')}</span>
    </button>
  );
}
