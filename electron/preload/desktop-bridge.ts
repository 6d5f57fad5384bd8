import { ipcContract, type DesktopBridge, type IpcChannel } from '../../shared/ipc/contract';

export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * One named function per contract entry and nothing else, so the page can call exactly the
 * operations the main process handles and never holds ipcRenderer itself.
 */
export function buildDesktopBridge(invoke: Invoke): DesktopBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) {
    bridge[ipcContract[channel].method] = (...args) => invoke(channel, ...args);
  }
  // The loop fills exactly the DesktopBridge keys; the main process validates every argument and result.
  return Object.freeze(bridge) as unknown as DesktopBridge;
}
