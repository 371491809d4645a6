/**
 * "Audience ballot cards" (prix du public): twelve cards per A4 page, to cut
 * along the dashed lines and hand out at the door or with the badges. A card
 * holds the voting page's QR code (address and the ballot's token) and, for
 * phones that cannot scan, the address and the short code to type. Same
 * pdfkit base, fonts and QR drawing as the juror login cards.
 *
 * Cards are printed right after the ballots are created: only digests are
 * stored, so a card cannot be printed again later.
 */
import type { Locale } from '../../../common/domain';
import { type CardBox, renderCardGrid } from './card-grid';
import { drawQrCode } from './qr';
import type { RenderOptions } from './types';

export interface BallotCard {
  number: number;
  /** "XXXXX-XXXXX". */
  code: string;
  /** The voting page's address, to type by hand. */
  address: string;
  /** The address with the ballot's token (the QR code). */
  url: string;
}

export interface BallotCardsInput {
  eventName: string;
  locale: Locale;
  cards: BallotCard[];
}

const NBSP = '\u00a0';

function wording(locale: Locale) {
  return locale === 'fr'
    ? {
        title: (n: number) => `Prix du public · bulletin n°${NBSP}${n}`,
        scan: 'Scannez pour voter avec votre téléphone.',
        fallback: `Sans QR${NBSP}code${NBSP}: ouvrez`,
        code: `puis tapez le code${NBSP}:`,
        rule: 'Un vote par carte. Vous pouvez changer d’avis jusqu’à la clôture du vote.',
        docTitle: 'Bulletins du prix du public',
      }
    : {
        title: (n: number) => `Audience prize · ballot no.${NBSP}${n}`,
        scan: 'Scan to vote with your phone.',
        fallback: 'Without the QR code: open',
        code: 'then type the code:',
        rule: 'One vote per card. You may change your mind until voting closes.',
        docTitle: 'Audience prize ballots',
      };
}

const MARGIN = 28;
const COLUMNS = 3;
const ROWS = 4;
const PAD = 10;
const QR_SIZE = 72;

export async function renderBallotCards(
  input: BallotCardsInput,
  options: RenderOptions,
): Promise<Uint8Array> {
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
  card: BallotCard,
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
    .fontSize(7)
    .text(eventName, left, box.y + PAD, line);
  doc
    .fillColor('#1d4ed8')
    .font('sansBold')
    .fontSize(8.5)
    .text(words.title(card.number), left, box.y + PAD + 10, line);

  const qrTop = box.y + PAD + 24;
  drawQrCode(doc, card.url, left + (inner - QR_SIZE) / 2, qrTop, QR_SIZE);
  let y = qrTop + QR_SIZE + 4;
  doc
    .fillColor('#111827')
    .font('sans')
    .fontSize(7)
    .text(words.scan, left, y, { width: inner, align: 'center' });
  y = doc.y + 2;
  doc.text(`${words.fallback} ${card.address}`, left, y, { width: inner, align: 'center' });
  doc.text(words.code, { width: inner, align: 'center' });
  doc.font('sansBold').fontSize(12).text(card.code, { width: inner, align: 'center' });
  // Flows under the code (a long address wraps): never drawn over it.
  doc
    .fillColor('#6b7280')
    .font('sansItalic')
    .fontSize(6)
    .text(words.rule, left, doc.y + 2, { width: inner, align: 'center' });
}
