import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { contentTypeFor, resolveAppPath } from './url-policy';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * What protocol.handle('app') answers: a file of the built renderer with the CSP header, or 404. Paths are resolved
 * twice (url-policy refuses traversal, then the absolute path must still sit inside the folder) so that no request
 * can read anything else on the disk.
 */
export function createAppProtocolHandler(rendererDir: string) {
  const root = path.resolve(rendererDir);
  return async (request: { url: string; method: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const relative = resolveAppPath(request.url);
    if (relative === null) return notFound();
    const absolute = path.resolve(root, relative);
    if (!absolute.startsWith(root + path.sep)) return notFound();
    let body: Buffer;
    try {
      body = await fs.readFile(absolute);
    } catch {
      return notFound();
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(relative) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
