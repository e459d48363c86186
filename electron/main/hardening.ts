import { app, protocol, session, type Session, type WebContents } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { APP_PARTITION } from './app-window';
import { APP_SCHEME, mayNavigate, shouldCancelRequest } from './url-policy';

/** Must run before `ready`: app:// behaves like https (standard, secure origin, fetch) for the renderer. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The window's in-memory session: the renderer from app:// only, no request leaves the machine, no permission. */
export function hardenSession(rendererDir: string, target: Session = session.fromPartition(APP_PARTITION)): void {
  const serve = createAppProtocolHandler(rendererDir);
  target.protocol.handle(APP_SCHEME, (request) => serve({ url: request.url, method: request.method }));
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: shouldCancelRequest(details.url) });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.setSpellCheckerEnabled(false);
}

/** Every web contents, present and future: no navigation away, no new windows, no webviews. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!mayNavigate(event.url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!mayNavigate(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!mayNavigate(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
