/**
 * The addresses a login opens. The token goes in the URL's fragment (after
 * `#`), which browsers never send to the server: it is in no request line or
 * log, and the page moves it to local storage and out of the address bar.
 */
import type { LanRole } from '../../../common/contract/lan';

export function loginUrl(baseUrl: string, role: LanRole, token: string): string {
  return `${baseUrl}#/${role}/${token}`;
}

/** A QR code as SVG markup, for the chair's screen (the PDF draws its own, see main/core/documents/login-cards.ts). */
export async function qrSvg(text: string): Promise<string> {
  // Loaded on first use: the app's first window needs no QR code (startup time).
  const QRCode = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
