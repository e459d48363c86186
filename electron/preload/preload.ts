import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/bridge';
import { channelNames } from '../../shared/channels';
import { IPC_INVOKE_CHANNEL } from './ipc-channel';

// The page gets one frozen object of functions, one per channel: no ipcRenderer, no event objects, nothing else.
contextBridge.exposeInMainWorld(
  'parloir',
  buildBridge(channelNames, (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input)),
);
