import { useEffect, useState } from 'react';

const MODULE_PX = 4;

/** Dark modules as one SVG path: a run of dark cells in a row is one rectangle. */
function modulesPath(rows: readonly (readonly boolean[])[]): string {
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return d;
}

/**
 * A QR code of `text`, drawn as SVG (no canvas, no inline style: the CSP stays strict). The
 * encoder (uqr) loads on demand, the first time a code is shown.
 */
export function QrCode(props: { readonly text: string; readonly label: string }) {
  const { text, label } = props;
  const [code, setCode] = useState<{ text: string; rows: boolean[][] } | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    import('uqr').then(
      ({ encode }) => live && setCode({ text, rows: encode(text, { ecc: 'L', border: 4 }).data }),
      () => live && setCode('failed'),
    );
    return () => {
      live = false;
    };
  }, [text]);

  if (code === 'failed') {
    return <p className="hint">The QR code could not be drawn here: use the link instead.</p>;
  }
  if (!code || code.text !== text) return <p className="hint">Drawing the QR code…</p>;
  const size = code.rows.length;
  return (
    <svg
      className="move-panel-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      // Four pixels a module, at most the width there is: a dense code stays readable.
      width={size * MODULE_PX}
      height={size * MODULE_PX}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={modulesPath(code.rows)} fill="#000" />
    </svg>
  );
}
