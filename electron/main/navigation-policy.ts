import { isAppUrl, isInternalUrl } from './url-policy';

/**
 * Chromium's built-in PDF viewer is a component extension with this fixed id (Chromium's kPdfExtensionId). The print
 * window hands it a PDF from memory; the viewer's own pages and scripts come from this origin, never from a network.
 */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** The two kinds of window Parloir opens: the app itself, and the hidden window that prints a PDF from memory. */
export type WindowKind = 'app' | 'print';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isPdfViewerUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    `${parsed.protocol}//${parsed.host}` === PDF_VIEWER_ORIGIN &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function isAboutBlank(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'about:' && parsed.pathname === 'blank';
}

/**
 * will-navigate / will-frame-navigate / will-redirect (navigations a page starts; loadURL is not among them). The app
 * window moves only within app://. In the print window nothing may take the top frame anywhere, but the PDF viewer
 * needs its frames: an about:blank placeholder for the <embed> and its extension page in it.
 */
export function mayNavigateIn(kind: WindowKind, url: string, isMainFrame: boolean): boolean {
  if (kind === 'app') return isAppUrl(url);
  if (isMainFrame) return isPdfViewerUrl(url);
  return isPdfViewerUrl(url) || isAboutBlank(url);
}

/** Schemes Chromium serves from inside itself (its WebUI resources, object URLs, empty documents): no request leaves. */
const CHROMIUM_INTERNAL_SCHEMES = new Set(['chrome:', 'chrome-untrusted:', 'blob:', 'about:']);

/**
 * session.webRequest of the print window: only what stays inside Chromium (the PDF as data:, the viewer's extension
 * pages, the chrome:// files it loads, blob: and about: documents) is let through; every other scheme is cancelled,
 * including the network's, file:, the app's own app:// (the print session does not serve it) and any other extension.
 */
export function shouldCancelPrintRequest(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return true;
  if (isPdfViewerUrl(url) || isInternalUrl(url)) return false;
  return !CHROMIUM_INTERNAL_SCHEMES.has(parsed.protocol);
}
