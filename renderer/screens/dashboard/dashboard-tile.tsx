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
  | 'oldDrafts';

interface DashboardTileProps {
  tile: TileKey;
  count: number;
  /** The number of days the detail line says. */
  days?: number;
  /** Opens the matching list; without it the tile says where its list will be. */
  onOpen?: () => void;
  /** What the tile will open once that section exists. */
  later?: string;
}

/** One count of the dashboard: a big number, what it counts, and the list it opens. */
export function DashboardTile({ tile, count, days, onOpen, later }: DashboardTileProps) {
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
  return onOpen ? (
    <button type="button" className={tone} onClick={onOpen} data-testid={`tile-${tile}`}>
      {body}
      <span className="tile-opens">{t('dashboard.opensPrisoners')}</span>
    </button>
  ) : (
    <div className={`${tone} tile-later`} data-testid={`tile-${tile}`}>
      {body}
      <span className="tile-opens">{later}</span>
    </div>
  );
}
