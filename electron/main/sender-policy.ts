import { isAppUrl } from './url-policy';

/** The parts of Electron's WebFrameMain the check needs (structural, so the rule is testable without Electron). */
export interface FrameRef {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: FrameRef | null;
}

/**
 * An IPC call is answered only when it comes from the main frame of our own window, showing an app:// page. A
 * subframe, another window, a frame that navigated away or a frame already gone (null) is refused.
 */
export function isTrustedSender(
  sender: FrameRef | null | undefined,
  windowMainFrame: FrameRef | null | undefined,
): boolean {
  if (!sender || !windowMainFrame) return false;
  if (sender.parent !== null) return false;
  if (sender.processId !== windowMainFrame.processId || sender.routingId !== windowMainFrame.routingId) return false;
  return isAppUrl(sender.url);
}
