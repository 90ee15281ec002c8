import { qrSymbol } from "@/lib/qr/qr-code";

/** A QR code drawn inline as SVG on the server; `label` is its text alternative. */
export function QrImage({ url, label, className }: { url: string; label: string; className?: string }) {
  const { size, path } = qrSymbol(url);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
