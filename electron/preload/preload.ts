import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/bridge';
import { channelNames } from '../../shared/channels';
import {
  isWindowLockRequest,
  WINDOW_LOCK_ANSWER_EVENT,
  windowLockRequestEvent,
} from '../../shared/vault/window-lock-requests';
import { IPC_INVOKE_CHANNEL, IPC_LOCK_ANSWER_CHANNEL, IPC_LOCK_REQUEST_CHANNEL } from './ipc-channel';

// The page gets one frozen object of functions, one per channel: no ipcRenderer, no event objects, nothing else.
contextBridge.exposeInMainWorld(
  'parloir',
  buildBridge(channelNames, (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input)),
);

// Main's requests before a lock reach the page as plain DOM events (no data crosses), and its answer goes back the
// same way: window.parloir stays one function per channel.
ipcRenderer.on(IPC_LOCK_REQUEST_CHANNEL, (_event, request: unknown) => {
  if (isWindowLockRequest(request)) window.dispatchEvent(new Event(windowLockRequestEvent(request)));
});
window.addEventListener(WINDOW_LOCK_ANSWER_EVENT, () => ipcRenderer.send(IPC_LOCK_ANSWER_CHANNEL));
