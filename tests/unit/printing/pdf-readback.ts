// Reads generated PDFs back with poppler (pdfinfo, pdftotext): what a printer or viewer sees, not what we meant.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ptToMm } from '../../../shared/printing/units';

export interface Word {
  text: string;
  /** Millimetres from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  widthMm: number;
  heightMm: number;
  words: Word[];
}

/** A temporary folder for the PDFs of one test file, removed by `remove()`. */
export function pdfScratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-print-test-'));
  let count = 0;
  return {
    write(pdf: Uint8Array): string {
      count += 1;
      const file = path.join(dir, `${count}.pdf`);
      fs.writeFileSync(file, pdf);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word with its box, page by page (`pdftotext -bbox`), converted to millimetres. */
export function readWords(file: string): PageWords[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PageWords[] = [];
  for (const pageMatch of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (pageMatch[3] ?? '').matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        text: unescape(w[5] ?? ''),
        xMin: ptToMm(Number(w[1])),
        yMin: ptToMm(Number(w[2])),
        xMax: ptToMm(Number(w[3])),
        yMax: ptToMm(Number(w[4])),
      });
    }
    pages.push({ widthMm: ptToMm(Number(pageMatch[1])), heightMm: ptToMm(Number(pageMatch[2])), words });
  }
  return pages;
}

/** The document's text as UTF-8 (`pdftotext`). */
export function readText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Page count and each page's size in points (`pdfinfo`). */
export function readInfo(file: string): {
  pages: number;
  sizes: { width: number; height: number }[];
  producer: string;
  author: string;
  title: string;
} {
  const first = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(first)?.[1]);
  const all = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  const sizes = [...all.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(first)?.[1] ?? '';
  return { pages, sizes, producer: field('Producer'), author: field('Author'), title: field('Title') };
}

/** Renders pages to PNG (`pdftoppm`) under test-results/printing/, for a person to look at. */
export function renderPng(
  file: string,
  name: string,
  options: { first?: number; last?: number; dpi?: number } = {},
): void {
  const out = path.resolve(import.meta.dirname, '../../../test-results/printing');
  fs.mkdirSync(out, { recursive: true });
  const range = [
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
  ];
  execFileSync('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), ...range, file, path.join(out, name)]);
}

/** The greyscale value (0 black .. 255 white) of one pixel of page 1, rendered at `dpi`, at (xMm, yMm). */
export function pixelAt(file: string, xMm: number, yMm: number, dpi = 72): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  return pgm[header[0].length + px(yMm) * width + px(xMm)] ?? 255;
}

/** Page 1 rendered once in greyscale at `dpi`, read at any (xMm, yMm): 0 black .. 255 white. */
export function grayPage(file: string, dpi = 150): (xMm: number, yMm: number) => number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  return (xMm, yMm) => pgm[header[0].length + px(yMm) * width + px(xMm)] ?? 255;
}

export const mmClose = (actual: number, expected: number, tolerance = 0.5) => Math.abs(actual - expected) <= tolerance;
