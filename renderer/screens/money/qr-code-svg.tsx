/**
 * A QR code drawn from its modules ('1' dark, row by row) as one SVG path, with the four-module quiet zone scanners
 * need. Crisp at any size: a phone reads it from the screen at about 5 cm.
 */
export function QrCodeSvg({ rows, label, sizePx = 240 }: { rows: readonly string[]; label: string; sizePx?: number }) {
  const quiet = 4;
  const side = rows.length + quiet * 2;
  let path = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (row[x] === '1') path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={sizePx}
      height={sizePx}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      data-testid="payment-qr"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
