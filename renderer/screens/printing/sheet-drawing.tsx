/** The geometry a drawing needs: a LabelSheet (shared/printing/label-sheets.ts) or a custom template being edited. */
export interface SheetGeometry {
  pageWidthMm: number;
  pageHeightMm: number;
  labelWidthMm: number;
  labelHeightMm: number;
  columns: number;
  rows: number;
  topMm: number;
  leftMm: number;
  pitchXMm: number;
  pitchYMm: number;
}

interface SheetDrawingProps {
  sheet: SheetGeometry;
  /** Accessible name of the drawing. */
  label: string;
  /** Positions before this one (row-major, 0-based) are drawn greyed: already used on a partly used sheet. */
  firstFree?: number;
  /** Width on screen in CSS pixels; the height follows the page's proportions. */
  width?: number;
}

/** A small drawing of a sheet to scale: the page, each label, used positions greyed. */
export function SheetDrawing({ sheet, label, firstFree = 0, width = 140 }: SheetDrawingProps) {
  const cells: { key: string; x: number; y: number; used: boolean }[] = [];
  for (let row = 0; row < sheet.rows; row += 1) {
    for (let column = 0; column < sheet.columns; column += 1) {
      cells.push({
        key: `${row}-${column}`,
        x: sheet.leftMm + column * sheet.pitchXMm,
        y: sheet.topMm + row * sheet.pitchYMm,
        used: row * sheet.columns + column < firstFree,
      });
    }
  }
  return (
    <svg
      className="sheet-drawing"
      role="img"
      aria-label={label}
      width={width}
      height={(width * sheet.pageHeightMm) / sheet.pageWidthMm}
      viewBox={`0 0 ${sheet.pageWidthMm} ${sheet.pageHeightMm}`}
    >
      <rect className="sheet-page" x={0} y={0} width={sheet.pageWidthMm} height={sheet.pageHeightMm} />
      {cells.map((cell) => (
        <rect
          key={cell.key}
          className={cell.used ? 'sheet-label sheet-label-used' : 'sheet-label'}
          x={cell.x}
          y={cell.y}
          width={sheet.labelWidthMm}
          height={sheet.labelHeightMm}
          rx={1.5}
        />
      ))}
    </svg>
  );
}
