/**
 * "Juror login cards": eight cards per A4 page, to cut along the dashed
 * lines and hand to each juror. A card holds the juror's QR code (address
 * and personal token) and, for phones that cannot scan, the address, the
 * card's code and its PIN. Rendered with the documents engine's pdfkit base
 * and fonts (a few cards: milliseconds, no worker needed).
 *
 * Cards are printed right after issuing: only digests are stored, so a card
 * cannot be printed again later, only replaced by a new one.
 */
import type { Locale } from '../../../common/domain';
import { type CardBox, renderCardGrid } from './card-grid';
import { drawQrCode } from './qr';
import type { RenderOptions } from './types';

export interface LoginCard {
  name: string;
  code: string;
  pin: string | null;
  /** Base address to type by hand. */
  address: string;
  /** Address with the token (the QR code). */
  url: string;
}

export interface LoginCardsInput {
  eventName: string;
  locale: Locale;
  cards: LoginCard[];
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** "482 193": easier to read out and type; the login page ignores the space. */
export function groupPin(pin: string): string {
  return `${pin.slice(0, 3)}${NNBSP}${pin.slice(3)}`;
}

function wording(locale: Locale) {
  return locale === 'fr'
    ? {
        title: 'Carte de connexion du jury',
        scan: 'Scannez ce code avec l’appareil photo de votre téléphone ou de votre tablette.',
        fallback: `Sans QR${NBSP}code${NBSP}:`,
        open: (address: string) => `1. Ouvrez ${address}`,
        code: (code: string) => `2. Code${NBSP}: ${code}`,
        pin: (pin: string) => `3. PIN${NBSP}: ${groupPin(pin)}`,
        personal:
          'Carte personnelle, à ne pas prêter. En cas de perte, prévenez le président du jury, qui la révoquera.',
        docTitle: 'Cartes de connexion du jury',
      }
    : {
        title: 'Jury login card',
        scan: 'Scan this code with your phone’s or tablet’s camera.',
        fallback: 'Without the QR code:',
        open: (address: string) => `1. Open ${address}`,
        code: (code: string) => `2. Code: ${code}`,
        pin: (pin: string) => `3. PIN: ${groupPin(pin)}`,
        personal: 'Personal card: do not lend it. If you lose it, tell the jury chair, who will revoke it.',
        docTitle: 'Jury login cards',
      };
}

const MARGIN = 36;
const COLUMNS = 2;
const ROWS = 4;
const PAD = 14;
const QR_SIZE = 96;

export async function renderLoginCards(input: LoginCardsInput, options: RenderOptions): Promise<Uint8Array> {
  const words = wording(input.locale);
  return renderCardGrid(
    {
      title: `${words.docTitle} – ${input.eventName}`,
      locale: input.locale,
      margin: MARGIN,
      columns: COLUMNS,
      rows: ROWS,
    },
    input.cards,
    (doc, card, box) => drawCard(doc, card, box, input.eventName, words),
    options,
  );
}

function drawCard(
  doc: PDFKit.PDFDocument,
  card: LoginCard,
  box: CardBox,
  eventName: string,
  words: ReturnType<typeof wording>,
): void {
  const left = box.x + PAD;
  const inner = box.width - 2 * PAD;
  const line = { width: inner, lineBreak: false, ellipsis: true } as const;
  doc
    .fillColor('#6b7280')
    .font('sans')
    .fontSize(7.5)
    .text(eventName, left, box.y + PAD, line);
  doc
    .fillColor('#1d4ed8')
    .font('sansBold')
    .fontSize(8.5)
    .text(words.title, left, box.y + PAD + 11, line);
  doc
    .fillColor('#111827')
    .font('sansBold')
    .fontSize(13)
    .text(card.name, left, box.y + PAD + 24, line);

  const qrTop = box.y + PAD + 44;
  drawQrCode(doc, card.url, left, qrTop, QR_SIZE);

  const textLeft = left + QR_SIZE + 10;
  const textWidth = box.x + box.width - PAD - textLeft;
  doc.fillColor('#111827').font('sans').fontSize(7.5);
  doc.text(words.scan, textLeft, qrTop + 4, { width: textWidth });
  doc.moveDown(0.5).font('sansBold').text(words.fallback, { width: textWidth });
  doc.font('sans').text(words.open(card.address), { width: textWidth });
  doc.text(words.code(card.code), { width: textWidth });
  if (card.pin) doc.font('sansBold').fontSize(9).text(words.pin(card.pin), { width: textWidth });

  doc
    .fillColor('#6b7280')
    .font('sansItalic')
    .fontSize(6.5)
    .text(words.personal, left, box.y + box.height - PAD - 18, { width: inner });
}
