import { z } from 'zod';

/** A y-webrtc signaling server address: ws:// or wss:// only, no credentials, no fragments. */
export function isSignalingUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '' && url.username === '' && url.password === '' && url.hash === '';
  } catch {
    return false;
  }
}

export const SignalingUrlSchema = z.string().trim().max(300, { message: 'errors.tooLong' }).refine(isSignalingUrl, { message: 'errors.invalidSignalingUrl' });
export const SignalingUrlsSchema = z.array(SignalingUrlSchema).max(8, { message: 'errors.tooManySignalingServers' });
