import { BrowserWindow, session } from 'electron';

/** In-memory partition (no `persist:` prefix): nothing of the print window's session reaches the disk. */
const PRINT_PARTITION = 'parloir-print';

let hardened = false;

/** The print session asks for no permission and reaches no network; Chromium's viewer itself is internal. */
function hardenPrintSession(): void {
  if (hardened) return;
  hardened = true;
  const target = session.fromPartition(PRINT_PARTITION);
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: /^(https?|wss?|ftp|file):/iu.test(details.url) }));
}

/**
 * Sends a PDF held in memory to the system print dialog. The PDF is handed to Chromium's own PDF viewer as a data:
 * URL in a hidden window, so no temporary file is ever written; the window is destroyed as soon as the dialog closes.
 */
export async function printPdfFromMemory(pdf: Uint8Array, parent: BrowserWindow | null): Promise<'sent' | 'cancelled'> {
  hardenPrintSession();
  const window = new BrowserWindow({
    show: false,
    ...(parent ? { parent } : {}),
    webPreferences: {
      partition: PRINT_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler's back.
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      // Reviewed: Chromium's built-in PDF viewer is a plugin; it shows our own bytes, never a remote document.
      plugins: true, // eng-disable
    },
  });
  try {
    const url = `data:application/pdf;base64,${Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64')}`;
    await window.loadURL(url);
    return await new Promise<'sent' | 'cancelled'>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success ? 'sent' : 'cancelled'));
    });
  } finally {
    window.destroy();
  }
}
