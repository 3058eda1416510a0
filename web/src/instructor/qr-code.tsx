import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code drawn in the browser as an SVG (error correction M), so a join link can be scanned from a printed sheet. */
export function QrCode({ text, label, size = 132 }: { text: string; label: string; size?: number }) {
  const cells = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    const dark: [number, number][] = [];
    for (let r = 0; r < n; r += 1) for (let c = 0; c < n; c += 1) if (qr.isDark(r, c)) dark.push([r, c]);
    return { n, dark };
  }, [text]);
  const quiet = 4;
  const span = cells.n + 2 * quiet;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${span} ${span}`}
      shapeRendering="crispEdges"
    >
      <rect width={span} height={span} fill="#fff" />
      <path fill="#000" d={cells.dark.map(([r, c]) => `M${c + quiet} ${r + quiet}h1v1h-1z`).join('')} />
    </svg>
  );
}
