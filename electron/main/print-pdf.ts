import { BrowserWindow, session } from 'electron';
import { createPrintWindow, hardenPrintSession, PRINT_PARTITION } from './print-window';

let hardened = false;

/**
 * Sends a PDF held in memory to the system print dialog. The PDF is handed to Chromium's own PDF viewer as a data:
 * URL in a hidden window, so Parloir writes no file; the window is destroyed as soon as the dialog closes. (On Linux,
 * Chromium's GTK print path then spools the job through a temporary file: TMPDIR points into the private in-memory
 * run folder, see private-runtime.ts.)
 */
export async function printPdfFromMemory(pdf: Uint8Array, parent: BrowserWindow | null): Promise<'sent' | 'cancelled'> {
  if (!hardened) {
    hardened = true;
    hardenPrintSession(session.fromPartition(PRINT_PARTITION));
  }
  const window = createPrintWindow(BrowserWindow, parent);
  try {
    const url = `data:application/pdf;base64,${Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64')}`;
    await window.loadURL(url);
    return await new Promise<'sent' | 'cancelled'>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success) =>
        resolve(success ? 'sent' : 'cancelled'),
      );
    });
  } finally {
    window.destroy();
  }
}
