/**
 * QR codes as 1-bit image masks: one module per sample, painted in the fill
 * colour and scaled without interpolation, so they stay sharp at any print
 * resolution while costing about 60 bytes per certificate (a vector drawing
 * of the same code is some 2 KB of path operators to write and compress).
 */
import * as QRCode from 'qrcode';

interface PageXObjects {
  xobjects: Record<string, PDFKit.PDFKitReference>;
}

/** Rows of 1-bit samples, each padded to a whole byte; 0 = painted (dark module). */
function maskBytes(modules: QRCode.BitMatrix): Buffer {
  const n = modules.size;
  const rowBytes = Math.ceil(n / 8);
  const bytes = Buffer.alloc(rowBytes * n, 0xff);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col)) {
        const index = row * rowBytes + (col >> 3);
        bytes[index] = (bytes[index] ?? 0) & ~(0x80 >> (col & 7));
      }
    }
  }
  return bytes;
}

/** Draws `text` as a QR code of `size` points at (x, y), top-left. Leave 4 modules of white around it. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // One byte-mode segment and a fixed mask skip the encoder's search for the best segmentation and the
  // evaluation of all eight masks (most of its time); the result is a valid code all the same.
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 2,
  });
  const image = doc.ref({
    Type: 'XObject',
    Subtype: 'Image',
    Width: modules.size,
    Height: modules.size,
    ImageMask: true,
    BitsPerComponent: 1,
    Interpolate: false,
  });
  // About 60 bytes: deflating them would cost a zlib stream per certificate and save nothing.
  image.compress = false;
  image.end(maskBytes(modules));
  const name = `Qr${image.id}`;
  (doc.page as unknown as PageXObjects).xobjects[name] = image;
  doc.save();
  doc.fillColor('#000000');
  // Image space is the unit square with its origin at the bottom-left; pdfkit's page space runs top-down.
  doc.transform(size, 0, 0, -size, x, y + size);
  doc.addContent(`/${name} Do`);
  doc.restore();
}
