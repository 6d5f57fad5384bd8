import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_BRIDGE_KEY } from '../../shared/ipc/contract';
import { buildDesktopBridge } from './desktop-bridge';

// Sandboxed preload: bundled to CommonJS, with only contextBridge and ipcRenderer from Electron.
contextBridge.exposeInMainWorld(
  DESKTOP_BRIDGE_KEY,
  buildDesktopBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
