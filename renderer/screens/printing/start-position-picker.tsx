import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetGeometry } from './sheet-drawing';

interface StartPositionPickerProps {
  sheet: SheetGeometry;
  /** 1-based, as the user counts them. */
  row: number;
  column: number;
  onChange: (row: number, column: number) => void;
}

/**
 * Where printing starts on a partly used sheet: the sheet's labels as a grid of radio buttons, in the page's
 * proportions; the positions before the chosen one are greyed (already peeled off).
 */
export function StartPositionPicker({ sheet, row, column, onChange }: StartPositionPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const chosen = (row - 1) * sheet.columns + (column - 1);
  const cellWidth = 3.2;
  const cellHeight = Math.max(1.2, Math.min(4, (cellWidth * sheet.labelHeightMm) / sheet.labelWidthMm));
  return (
    <fieldset className="start-picker">
      <legend>{t('print.labels.start')}</legend>
      <div className="start-grid" style={{ gridTemplateColumns: `repeat(${sheet.columns}, ${cellWidth}rem)` }}>
        {Array.from({ length: sheet.rows * sheet.columns }, (_, index) => {
          const r = Math.floor(index / sheet.columns) + 1;
          const c = (index % sheet.columns) + 1;
          const state = index < chosen ? 'used' : index === chosen ? 'start' : 'free';
          return (
            <label key={index} className={`start-cell start-cell-${state}`} style={{ height: `${cellHeight}rem` }}>
              <input
                type="radio"
                name={name}
                aria-label={t('print.labels.position', { row: r, column: c })}
                checked={index === chosen}
                onChange={() => onChange(r, c)}
              />
              <span aria-hidden="true">{t('print.labels.positionShort', { row: r, column: c })}</span>
            </label>
          );
        })}
      </div>
      <p className="hint">{t('print.labels.startHint', { row, column, count: chosen })}</p>
    </fieldset>
  );
}
