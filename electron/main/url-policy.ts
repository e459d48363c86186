/** The renderer's own origin in Electron: a privileged standard scheme with a fixed host. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parloir';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** WHATWG URLs give custom schemes an opaque origin ("null"), so origins are compared by scheme and host. */
function sameOrigin(parsed: URL, origin: string): boolean {
  const expected = parse(origin);
  return expected !== null && parsed.protocol === expected.protocol && parsed.host === expected.host;
}

/** True only for URLs of the app's own origin; everything else is cancelled, refused or never navigated to. */
export function isAppUrl(url: string, origin: string = APP_ORIGIN): boolean {
  const parsed = parse(url);
  return parsed !== null && sameOrigin(parsed, origin) && parsed.username === '' && parsed.password === '';
}

/** devtools: and blob:/data: of our own making are internal to Chromium and carry no request off the machine. */
export function isInternalUrl(url: string): boolean {
  return url.startsWith('devtools://') || url.startsWith('blob:app://parloir/') || url.startsWith('data:');
}

/** Maps an app:// URL to a file path inside the renderer folder, or null for anything that would escape it. */
export function resolveAppPath(url: string, origin: string = APP_ORIGIN): string | null {
  const parsed = parse(url);
  if (!parsed || !sameOrigin(parsed, origin)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  // '..' only survives URL parsing when encoded with its slash; ':' would let a segment name a Windows drive.
  if (segments.some((s) => s === '..' || s.includes(':'))) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
};

export function contentTypeFor(relativePath: string): string {
  const extension = relativePath.slice(relativePath.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** session.webRequest: anything that is neither the app's own nor internal to Chromium is cancelled, unseen. */
export function shouldCancelRequest(url: string): boolean {
  return !(isAppUrl(url) || isInternalUrl(url));
}
