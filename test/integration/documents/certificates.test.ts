import * as QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { planCertificates } from '../../../main/core/documents/certificate-plan';
import { DocumentError } from '../../../main/core/documents/errors';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import type { CertificatesInput } from '../../../main/core/documents/types';
import { flat, pageCount, pdfPages, qpdfCheck, wordBoxes } from './pdf-tools';
import { certificatesInput, EVENT, LONG_NAME, LONG_PROJECT, TEAMS } from './sample-inputs';

const options = { fontDir: defaultFontDir(), createdAt: '2022-09-30T04:00:00Z' };

describe('certificates (French, participation and awards)', () => {
  const input = certificatesInput();
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await renderDocument(input, options);
    pages = pdfPages(bytes);
  });

  it('has one page per planned certificate and passes qpdf --check', () => {
    const planned = planCertificates(input);
    // 9 members take part; award 1 (team 3: 2 members) and award 2 (team 1: 3 members) add 3 + 4 pages.
    expect(planned).toHaveLength(9 + 3 + 4);
    expect(pageCount(bytes)).toBe(planned.length);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
  });

  it('prints each recipient exactly as typed, with its own verification code', () => {
    planCertificates(input).forEach((cert, i) => {
      const page = pages[i] ?? '';
      if (cert.recipient === LONG_NAME) expect(flat(page)).toContain(LONG_NAME);
      else expect(page).toContain(cert.recipient);
      expect(page).toContain(cert.code);
    });
    const all = pages.join('\n');
    for (const name of ['Tāmaʻa Teriʻi', 'Hinatea Raʻiātea', 'Éloïse Lefèvre-Ō']) expect(all).toContain(name);
  });

  it('holds in each QR code the code printed under it', () => {
    // QR images are stored uncompressed: read each 1-bit mask back as a module matrix.
    const raw = Buffer.from(bytes).toString('latin1');
    const masks = [...raw.matchAll(/<<([^>]*\/ImageMask true[^>]*)>>\nstream\n/g)].map((m) => {
      const width = Number(/\/Width (\d+)/.exec(m[1] ?? '')?.[1]);
      const start = (m.index ?? 0) + m[0].length;
      const rowBytes = Math.ceil(width / 8);
      const data = Buffer.from(raw.slice(start, start + rowBytes * width), 'latin1');
      return Array.from({ length: width }, (_, row) =>
        Array.from(
          { length: width },
          (_, col) => ((data[row * rowBytes + (col >> 3)] ?? 0) & (0x80 >> (col & 7))) === 0,
        ),
      );
    });
    const planned = planCertificates(input);
    expect(masks).toHaveLength(planned.length);
    planned.forEach((cert, i) => {
      const { modules } = QRCode.create([{ data: new TextEncoder().encode(cert.code), mode: 'byte' }], {
        errorCorrectionLevel: 'M',
        maskPattern: 2,
      });
      const expected = Array.from({ length: modules.size }, (_, row) =>
        Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
      );
      expect(masks[i]).toEqual(expected);
    });
    // Finder patterns top-left, top-right and bottom-left: the code is not mirrored.
    const first = masks[0] ?? [];
    const n = first.length;
    for (const [r, c] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const) {
      expect(first[r]?.slice(c, c + 7)).toEqual([true, true, true, true, true, true, true]);
    }
    expect(first[n - 1]?.slice(n - 7)).not.toEqual([true, true, true, true, true, true, true]);
  });

  it('words the participation certificate in French with « », ’ and the place and date', () => {
    const first = flat(pages[0] ?? '');
    expect(first).toContain('Attestation de participation');
    expect(first).toContain('Fait à Papeete, le 30 septembre 2022');
    expect(first).toContain('du 28 au 30 septembre 2022 · Maison de la Culture, Papeete');
    expect(first).toContain(
      'au sein de l’équipe « Te Moana » avec le projet « Récif vivant : l’appli « Ā ʻAu » pour les plongeurs »',
    );
    const potager = pages.find((p) => p.includes('Moana Tehei')) ?? '';
    expect(potager).toContain('5 € par mois');
  });

  it('words award certificates for the team and for each member', () => {
    const award = planCertificates(input).findIndex((c) => c.kind === 'award' && c.recipientKind === 'team');
    const teamPage = flat(pages[award] ?? '');
    expect(teamPage).toContain('CERTIFICAT DE DISTINCTION');
    expect(teamPage).toContain('Premier prix');
    expect(teamPage).toContain('Lagon Bleu Data Collective');
    expect(teamPage).toContain(`pour le projet « ${LONG_PROJECT} »`);
    const memberPage = flat(pages[award + 1] ?? '');
    expect(memberPage).toContain(LONG_NAME);
    expect(memberPage).toContain('membre de l’équipe « Lagon Bleu Data Collective »');
  });
});

describe('certificates in English', () => {
  it('uses English wording and dates', async () => {
    const bytes = await renderDocument(
      certificatesInput({
        event: { ...EVENT, locale: 'en' },
        which: 'participation',
        teams: TEAMS.slice(0, 1),
      }),
      options,
    );
    const text = flat(pdfPages(bytes)[0] ?? '');
    expect(text).toContain('Certificate of participation');
    expect(text).toContain('Done in Papeete on 30 September 2022');
    expect(text).toContain('28–30 September 2022');
    expect(text).toContain('as a member of team “Te Moana”');
    expect(pageCount(bytes)).toBe(3);
  });
});

describe('certificate layout', () => {
  it('keeps extreme names and titles inside the frame and above the signatures', async () => {
    const name = `${LONG_NAME} ${LONG_NAME}`;
    const project = `${LONG_PROJECT} — ${LONG_PROJECT}`;
    const input: CertificatesInput = certificatesInput({
      teams: [
        {
          id: 9,
          name: 'Collectif Tāmaʻa '.repeat(6).trim(),
          projectTitle: project,
          position: 0,
          members: [{ id: 1, name, email: null }],
        },
      ],
      awards: [{ name: 'Prix spécial du jury pour l’engagement envers la communauté du fenua', teamId: 9 }],
    });
    const bytes = await renderDocument(input, options);
    const boxes = wordBoxes(bytes);
    expect(boxes.length).toBeGreaterThan(50);
    // The page is 841.89 × 595.28; the inner frame is inset by 29 pt.
    for (const box of boxes) {
      expect(box.xMin).toBeGreaterThan(29);
      expect(box.xMax).toBeLessThan(841.89 - 29);
      expect(box.yMax).toBeLessThan(595.28 - 29);
    }
    // The name's distinctive words sit above the "Fait à …" line (y 432) on every page.
    const nameWords = new Set(['Marie-Thérèse', 'Hinanui', 'Teriitehau-Vanaa', 'Roncière', 'd’Arlincourt']);
    const placed = boxes.filter((b) => nameWords.has(b.word));
    const pagesWithName = planCertificates(input).filter((c) => c.recipient === name).length;
    expect(pagesWithName).toBe(2);
    // Each distinctive word appears twice in the doubled name.
    expect(placed.length).toBe(nameWords.size * 2 * pagesWithName);
    for (const box of placed) expect(box.yMax).toBeLessThan(432);
    const pages = pdfPages(bytes);
    expect(pages.filter((page) => flat(page).includes(name))).toHaveLength(pagesWithName);
  });
});

describe('glyph check', () => {
  it('refuses a name the fonts cannot print and names the field and the person', async () => {
    const teams = [
      {
        ...TEAMS[0],
        members: [
          { id: 1, name: 'Tāmaʻa Teriʻi', email: null },
          { id: 2, name: 'Wang 王小明', email: null },
        ],
      },
    ];
    const input = certificatesInput({ teams: teams as CertificatesInput['teams'], awards: [] });
    const error = await renderDocument(input, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).detail).toEqual({
      code: 'documents.unsupportedCharacter',
      problems: [
        { field: 'teams[0].members[1].name', value: 'Wang 王小明', character: '王', codePoint: 'U+738B' },
      ],
    });
  });
});
