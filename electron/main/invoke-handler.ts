import type { Handlers } from '../../shared/contract';
import { errorEnvelope, type Envelope } from '../../shared/envelope';
import { dispatch, type InternalErrorReporter } from '../services/dispatch';
import { isTrustedSender, type FrameRef } from './sender-policy';

export interface InvokeHandlerOptions {
  handlers: Handlers;
  /** The main frame of the app's window right now (null before it exists or after it closed). */
  windowMainFrame: () => FrameRef | null;
  reportInternal: InternalErrorReporter;
}

/** What ipcMain.handle('parloir:invoke') runs: the sender check, then the same dispatch every host uses. */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (senderFrame: FrameRef | null, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(senderFrame, options.windowMainFrame())) {
      return errorEnvelope({ code: 'FORBIDDEN', message: 'This frame may not call Parloir' });
    }
    return dispatch(options.handlers, channel, input, options.reportInternal);
  };
}
