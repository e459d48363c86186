import { channelNames, isChannel, type Channel } from '../../shared/channels';

/**
 * Calls the page makes on a timer while a person waits, named `<domain>:progress` by convention: a long import,
 * print or re-key must not keep an unattended laptop unlocked, so they do not count as someone being there. Every
 * other channel is only ever called because a person clicked or typed (the renderer refetches nothing on its own: no
 * window-focus refetch, infinite stale time).
 */
export const PASSIVE_CHANNELS: ReadonlySet<Channel> = new Set(
  channelNames.filter((name) => name.endsWith(':progress')),
);

/** Whether an IPC call tells that a person is using Parloir. Unknown channels are refused before any of this. */
export function callIsUserActivity(channel: unknown): boolean {
  return isChannel(channel) && !PASSIVE_CHANNELS.has(channel);
}

/**
 * Input events Chromium routes to the window, seen by the main process (webContents 'input-event'), that only a
 * person produces: a key, a click, a wheel, a touch. Pointer motion is left out, as the page's own idle lock does: a
 * mouse nudged by a passing hand is not someone reading.
 */
const ACTIVE_INPUT = new Set([
  'rawKeyDown',
  'keyDown',
  'char',
  'mouseDown',
  'mouseWheel',
  'touchStart',
  'gestureScrollBegin',
  'gestureTap',
  'pointerDown',
]);

export function inputIsUserActivity(type: string): boolean {
  return ACTIVE_INPUT.has(type);
}
