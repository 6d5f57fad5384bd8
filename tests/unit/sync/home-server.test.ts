import { describe, expect, it } from 'vitest';
import { HOME_SERVER, HomeServerSchema, homeSignalingUrl } from '../../../shared/sync/home-server';

describe('the home server descriptor', () => {
  it('turns the page origin into the same-origin signaling address', () => {
    expect(homeSignalingUrl('http://127.0.0.1:5173', HOME_SERVER)).toBe('ws://127.0.0.1:5173/signal');
    expect(homeSignalingUrl('https://desk.example.org', HOME_SERVER)).toBe('wss://desk.example.org/signal');
    expect(homeSignalingUrl('http://[::1]:8080', HOME_SERVER)).toBe('ws://[::1]:8080/signal');
  });

  it('gives none for the desktop app protocol, files or nonsense', () => {
    expect(homeSignalingUrl('app://coalition-desk', HOME_SERVER)).toBeUndefined();
    expect(homeSignalingUrl('file:///home/x/index.html', HOME_SERVER)).toBeUndefined();
    expect(homeSignalingUrl('null', HOME_SERVER)).toBeUndefined();
  });

  it('accepts only a path on the same origin, never another host', () => {
    expect(HomeServerSchema.safeParse({ signalingPath: '/signal' }).success).toBe(true);
    for (const signalingPath of ['wss://evil.example/signal', '//evil.example/signal', 'signal', '/sig?x=1', '/a b', 42]) {
      expect(HomeServerSchema.safeParse({ signalingPath }).success).toBe(false);
    }
  });
});
