import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The worker is one of the app's own files (CSP worker-src 'self'): nothing is fetched from elsewhere.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Canvas pixels per PDF point: sharp enough to read an écrou number, light enough for a laptop. */
const SCALE = 1.5;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The PDF exactly as it will print, drawn by pdf.js into a canvas, one page at a time. The document lives in memory
 * only: it comes as base64 from the print channel and is never written anywhere.
 */
export function PdfPreview({ pdf, label }: { pdf: string; label: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // Only the fonts embedded in the PDF: what the printer gets, never a system font standing in for a missing one.
    const task = getDocument({ data: bytesOf(pdf), useSystemFonts: false });
    task.promise.then(
      (loaded) => {
        setPageNumber(1);
        setFailed(false);
        setDocument(loaded);
      },
      () => setFailed(true),
    );
    return () => {
      setDocument(null);
      void task.destroy();
    };
  }, [pdf]);

  useEffect(() => {
    const target = canvas.current;
    if (!document || !target) return;
    let cancelled = false;
    let render: { cancel: () => void } | null = null;
    void document.getPage(pageNumber).then((page) => {
      if (cancelled) return;
      const viewport = page.getViewport({ scale: SCALE });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      const task = page.render({ canvas: target, viewport });
      render = task;
      task.promise.then(
        () => target.setAttribute('data-rendered', String(pageNumber)),
        () => undefined,
      );
    });
    return () => {
      cancelled = true;
      render?.cancel();
      target.removeAttribute('data-rendered');
    };
  }, [document, pageNumber]);

  if (failed) return <p className="alert alert-error">{t('print.preview.failed')}</p>;
  const pages = document?.numPages ?? 0;
  return (
    <div className="pdf-preview">
      <div className="pdf-preview-nav">
        <button
          type="button"
          className="button-secondary"
          disabled={pageNumber <= 1}
          onClick={() => setPageNumber(pageNumber - 1)}
        >
          {t('print.preview.previous')}
        </button>
        <span role="status">
          {pages > 0 ? t('print.preview.page', { page: pageNumber, pages }) : t('common.loading')}
        </span>
        <button
          type="button"
          className="button-secondary"
          disabled={pageNumber >= pages}
          onClick={() => setPageNumber(pageNumber + 1)}
        >
          {t('print.preview.next')}
        </button>
      </div>
      {/* Scrollable at a large zoom: focusable so the keyboard can scroll it too. */}
      <div className="pdf-preview-page" tabIndex={0} role="region" aria-label={label}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={t('print.preview.canvas', { name: label, page: pageNumber, pages })}
          data-testid="print-preview-canvas"
        />
      </div>
    </div>
  );
}
