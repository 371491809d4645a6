/** pdftotext, pdfinfo and qpdf over PDF bytes, for the document tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pj-pdf-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, bytes);
  try {
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the whole document, or of one 1-based page. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(bytes, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' }),
  );
}

/** Text laid out as on the page (table rows stay on one line). */
export function pdfLayoutText(bytes: Uint8Array): string {
  return withFile(bytes, (path) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/** Text per page (pdftotext separates pages with a form feed). */
export function pdfPages(bytes: Uint8Array): string[] {
  const pages = pdfText(bytes).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pageCount(bytes: Uint8Array): number {
  const info = withFile(bytes, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** qpdf --check: exit status 0 means no structural or stream error. */
export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  return withFile(bytes, (path) => {
    const run = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  });
}

export interface WordBox {
  word: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in PDF points (origin top-left), from pdftotext -bbox. */
export function wordBoxes(bytes: Uint8Array): WordBox[] {
  const html = withFile(bytes, (path) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
  const boxes: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      boxes.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        word: m[5] ?? '',
      });
    }
  }
  return boxes;
}

/** pdftotext turns no-break spaces into plain spaces and a wrapped line into a newline: compare on that footing. */
export function flat(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
