import { useQuery } from '@tanstack/react-query';

/**
 * The QR code's drawing, computed by its own chunk (qrcode-generator): only exposés (a site's
 * page, the printed shortlist) show a QR code, so the code that draws it stays out of the app's start.
 */
const qrDrawingQuery = (value: string) => ({
  queryKey: ['qr-drawing', value] as const,
  queryFn: async () => (await import('../qr-path')).qrDrawing(value),
  staleTime: Infinity,
});

/**
 * A QR code as SVG: black modules on white, scannable from paper and screen. White at its size
 * until drawn (`data-ready`), so nothing moves when it arrives.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { data } = useQuery(qrDrawingQuery(value));
  const size = data?.size ?? 1;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-ready={data !== undefined}
    >
      <rect width={size} height={size} fill="#fff" />
      {data && <path d={data.d} fill="#000" />}
    </svg>
  );
}
