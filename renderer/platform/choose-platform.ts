import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../shared/ipc/contract';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { webPlatform } from './web-platform';

/** The composition root's one decision about the host: the preload's bridge is there, or it is not. */
export function choosePlatform(host: Record<string, unknown> = window as unknown as Record<string, unknown>): Platform {
  const bridge = host[DESKTOP_BRIDGE_KEY] as DesktopBridge | undefined;
  return bridge ? electronPlatform(bridge) : webPlatform();
}
