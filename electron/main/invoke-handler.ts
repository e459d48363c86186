import { errorEnvelope, type Envelope } from '../../shared/envelope';
import { dispatch, type DispatchTarget, type InternalErrorReporter } from '../services/dispatch';
import { isTrustedSender, type FrameRef } from './sender-policy';
import { callIsUserActivity } from './user-activity';

export interface InvokeHandlerOptions {
  /** The application whose handlers answer (and whose vault state the contract's `needs` are checked against). */
  app: DispatchTarget;
  /** The main frame of the app's window right now (null before it exists or after it closed). */
  windowMainFrame: () => FrameRef | null;
  reportInternal: InternalErrorReporter;
  /** A trusted call that only a person makes arrived: the main-process idle timer starts over. */
  onUserActivity?: () => void;
}

/** What ipcMain.handle('parloir:invoke') runs: the sender check, then the same dispatch every host uses. */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (senderFrame: FrameRef | null, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(senderFrame, options.windowMainFrame())) {
      return errorEnvelope({ code: 'FORBIDDEN', message: 'This frame may not call Parloir' });
    }
    // Before dispatch: a long call (an import, a restore) is activity from its start, not from its end.
    if (callIsUserActivity(channel)) options.onUserActivity?.();
    return dispatch(options.app, channel, input, options.reportInternal);
  };
}
