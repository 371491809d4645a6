/** A QR code from the laptop (SVG markup) as an image: the markup never enters the DOM as HTML. */
export function QrImage({ svg, label, size = 180 }: { svg: string; label: string; size?: number }) {
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={size}
      height={size}
    />
  );
}

/** "30/09 14:05" / "30/09, 14:05": when a card was issued or a device connected. */
export function shortTime(iso: string, locale: 'fr' | 'en'): string {
  return new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
