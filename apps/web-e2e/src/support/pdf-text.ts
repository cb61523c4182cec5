import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

/** One page of a PDF: its size in points (A4 is 595 × 842) and its text. */
export interface PdfPage {
  width: number;
  height: number;
  /**
   * The text in the order it was drawn (Chromium draws a page in document order: a table row by row, a cell's lines
   * in turn), one line per drawn line.
   */
  text: string;
}

/**
 * The pages and text of a PDF, read with pdf.js (its legacy build runs in Node without a worker thread or canvas).
 * For checking what a printed page says: the fonts Chromium embeds carry their Unicode mapping, so Chinese text
 * comes out as written.
 */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as Array<TextItem | TextMarkedContent>) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), text });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Text without any white space, so that a label wrapped over lines (资/金/安/排) still reads as one word. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Where each expected piece of text is found, searching each after the previous one (the reading order of the
 * form); -1 for the first one missing and for everything after it.
 */
export function positionsInOrder(text: string, expected: readonly string[]): Array<{ text: string; at: number }> {
  const haystack = squeeze(text);
  let from = 0;
  let lost = false;
  return expected.map((piece) => {
    if (lost) return { text: piece, at: -1 };
    const at = haystack.indexOf(squeeze(piece), from);
    if (at < 0) lost = true;
    else from = at + squeeze(piece).length;
    return { text: piece, at };
  });
}
