/**
 * The addresses a login opens. The token goes in the URL's fragment (after
 * `#`), which browsers never send to the server: it is in no request line or
 * log, and the page moves it to local storage and out of the address bar.
 */
import * as QRCode from 'qrcode';
import type { LanRole } from '../../../common/contract/lan';

export function loginUrl(baseUrl: string, role: LanRole, token: string): string {
  return `${baseUrl}#/${role}/${token}`;
}

/** A QR code as SVG markup, for the chair's screen (the PDF draws its own, see main/core/documents/login-cards.ts). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
