import { describe, expect, it, vi } from 'vitest';
import { joinUrlFor, registerInviteLinks } from '../../../electron/main/invite-links';
import { encodeInvite, inviteLink } from '../../../shared/sync/invite';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';

const invite = { workspaceId: 'w-1', workspaceName: 'Coalition on Open Maps', secret: newWorkspaceSecret(), signaling: ['ws://10.0.0.5:4445'] };

describe('invite links', () => {
  it('turns a coalition:// link among the arguments into the app join page', () => {
    expect(joinUrlFor(['/opt/Coalition desk/coalition-desk', '--no-sandbox', inviteLink(invite)])).toBe(`app://coalition-desk/index.html#/join/${encodeInvite(invite)}`);
  });

  it('ignores arguments that are not invites, and invites that do not decode', () => {
    expect(joinUrlFor(['--inspect', 'https://example.org/join/CD1.abc'])).toBeUndefined();
    expect(joinUrlFor([inviteLink(invite).slice(0, -4)])).toBeUndefined();
    expect(joinUrlFor(['coalition://join/CD1.<script>'])).toBeUndefined();
  });

  it('registers the protocol and opens only valid links that arrive while running', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
    const app = { setAsDefaultProtocolClient: vi.fn(() => true), on: vi.fn((name: string, handler: (event: { preventDefault(): void }, url: string) => void) => (handlers[name] = handler)) };
    const openJoin = vi.fn();
    const logger = { warn: vi.fn() };
    registerInviteLinks(app as never, openJoin, logger);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('coalition');
    handlers['open-url']?.({ preventDefault: () => undefined }, inviteLink(invite));
    handlers['open-url']?.({ preventDefault: () => undefined }, 'coalition://join/garbage');
    expect(openJoin).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
