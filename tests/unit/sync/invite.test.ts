import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, inviteLink, webInviteFragment, type Invite } from '../../../shared/sync/invite';
import { newWorkspaceSecret, roomNameFor } from '../../../shared/sync/room-name';
import { isSignalingUrl } from '../../../shared/sync/signaling-url';

const invite: Invite = {
  workspaceId: '0b7c9a52-5d1e-4f4a-9a57-2f9d3c1e8b61',
  workspaceName: 'Coalition on Open Maps',
  secret: newWorkspaceSecret(),
  signaling: ['wss://signal.example.org', 'ws://10.0.0.5:4444'],
};

describe('invites', () => {
  it('round-trips as a code, a coalition:// link and a web link', () => {
    for (const form of [encodeInvite(invite), inviteLink(invite), `https://desk.example.org/app/${webInviteFragment(invite)}`, `  ${inviteLink(invite)}\n`]) {
      expect(decodeInvite(form)).toEqual({ ok: true, invite });
    }
  });

  it('round-trips any valid invite', () => {
    const arbitraryInvite = fc.record({
      workspaceId: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
      workspaceName: fc.string({ minLength: 1, maxLength: 120 }).filter((name) => name.trim() === name && name.length > 0),
      secret: fc.constant(null).map(() => newWorkspaceSecret()),
      signaling: fc.array(fc.constantFrom('ws://127.0.0.1:4444', 'wss://signal.example.org/path'), { maxLength: 3 }),
    }).chain((base) =>
      fc.option(fc.array(fc.constantFrom('wss://relay.example.org', 'ws://10.0.0.7:4455'), { maxLength: 2 }), { nil: undefined }).map((relays) =>
        relays === undefined ? base : { ...base, relays },
      ),
    );
    fc.assert(
      fc.property(arbitraryInvite, (value) => {
        expect(decodeInvite(encodeInvite(value))).toEqual({ ok: true, invite: value });
      }),
    );
  });

  it('carries relays, and still reads invites made before relays existed', () => {
    const withRelays = { ...invite, relays: ['wss://relay.example.org'] };
    expect(decodeInvite(encodeInvite(withRelays))).toEqual({ ok: true, invite: withRelays });
    expect(decodeInvite(encodeInvite(invite))).toEqual({ ok: true, invite });
    expect(() => encodeInvite({ ...invite, relays: ['https://relay.example.org'] })).toThrow();
  });

  it('carries a one-time admission token and the log root', () => {
    const admitted = { ...invite, relays: [], admission: { token: newWorkspaceSecret(), root: 'ab'.repeat(32) } };
    expect(decodeInvite(encodeInvite(admitted))).toEqual({ ok: true, invite: admitted });
    expect(() => encodeInvite({ ...invite, admission: { token: 'short', root: 'ab'.repeat(32) } })).toThrow();
  });

  it('says what is wrong with a truncated, garbled, foreign or empty code', () => {
    const code = encodeInvite(invite);
    expect(decodeInvite(code.slice(0, -5))).toEqual({ ok: false, error: 'errors.inviteTruncated' });
    expect(decodeInvite(code.slice(0, 6))).toEqual({ ok: false, error: 'errors.inviteTruncated' });
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    expect(decodeInvite(flipped)).toEqual({ ok: false, error: 'errors.inviteTruncated' });
    expect(decodeInvite('CD1.abc$%')).toEqual({ ok: false, error: 'errors.inviteForeign' });
    expect(decodeInvite('CD9.AAAAAAAAAA')).toEqual({ ok: false, error: 'errors.inviteForeign' });
    expect(decodeInvite('https://example.org/')).toEqual({ ok: false, error: 'errors.inviteForeign' });
    expect(decodeInvite('   ')).toEqual({ ok: false, error: 'errors.inviteEmpty' });
  });

  it('never throws and never accepts garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = decodeInvite(text);
        expect(result.ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const garbage = `CD1.${Buffer.from(bytes).toString('base64url')}`;
        expect(decodeInvite(garbage).ok).toBe(false);
      }),
    );
  });

  it('refuses to encode an invite with an unusable signaling address', () => {
    expect(() => encodeInvite({ ...invite, signaling: ['http://not-a-socket.example.org'] })).toThrow();
  });
});

describe('room names', () => {
  it('are derived from the workspace id only, stable, and reveal neither id nor name', async () => {
    const room = await roomNameFor(invite.workspaceId);
    expect(room).toBe(await roomNameFor(invite.workspaceId));
    expect(room).not.toBe(await roomNameFor('another-workspace'));
    expect(room).toMatch(/^cd-[0-9a-f]{64}$/);
    expect(room).not.toContain(invite.workspaceId);
  });

  it('secrets are 256 random bits', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => newWorkspaceSecret()));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });
});

describe('signaling addresses', () => {
  it.each([
    ['ws://127.0.0.1:4444', true],
    ['wss://signal.example.org/y', true],
    ['wss://user:pw@signal.example.org', false],
    ['https://signal.example.org', false],
    ['ws://', false],
    ['javascript:alert(1)', false],
    ['wss://signal.example.org/#x', false],
  ])('%s → %s', (url, valid) => expect(isSignalingUrl(url)).toBe(valid));
});
