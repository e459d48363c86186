import { app, protocol, session, type Session, type WebContents } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { APP_PARTITION } from './app-window';
import { mayNavigateIn, type WindowKind } from './navigation-policy';
import { PRINT_PARTITION } from './print-window';
import { APP_SCHEME, shouldCancelRequest } from './url-policy';

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

/**
 * The print window and the PDF viewer inside it share the print session; everything else (the app window, and any
 * web contents nobody expected) gets the app's rules, the strictest.
 */
function kindOf(contents: WebContents): WindowKind {
  return contents.session === session.fromPartition(PRINT_PARTITION) ? 'print' : 'app';
}

/** Every web contents, present and future: navigation only as its kind allows, no new windows, no webviews. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!mayNavigateIn(kindOf(contents), event.url, true)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!mayNavigateIn(kindOf(contents), event.url, event.isMainFrame)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!mayNavigateIn(kindOf(contents), event.url, event.isMainFrame)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
