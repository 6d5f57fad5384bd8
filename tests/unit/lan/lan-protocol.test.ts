import { describe, expect, it } from 'vitest';
import {
  decodeLanTxt,
  encodeLanTxt,
  LAN_PROTOCOL_VERSION,
  LanHostingStatusSchema,
  lanWorkspaceTag,
} from '../../../shared/sync/lan-protocol';
import { roomNameFor } from '../../../shared/sync/room-name';

describe('LAN workspace tag', () => {
  it('is 16 hex digits, stable per room, different between rooms, and not the room name or id', async () => {
    const room = await roomNameFor('ws-charter-2025');
    const tag = await lanWorkspaceTag(room);
    expect(tag).toMatch(/^[0-9a-f]{16}$/);
    expect(await lanWorkspaceTag(room)).toBe(tag);
    expect(await lanWorkspaceTag(await roomNameFor('ws-charter-2026'))).not.toBe(tag);
    expect(room).not.toContain(tag); // not a prefix of the room name the signaling server sees
    expect(tag).not.toContain('charter');
  });
});

describe('LAN TXT record', () => {
  it('round-trips version and tag, and carries nothing else', () => {
    const txt = encodeLanTxt('0123456789abcdef');
    expect(txt).toEqual({ v: LAN_PROTOCOL_VERSION, ws: '0123456789abcdef' });
    expect(decodeLanTxt(txt)).toEqual({ workspaceTag: '0123456789abcdef' });
  });

  it('refuses to encode anything but a tag', () => {
    expect(() => encodeLanTxt('Digital Rights Coalition')).toThrow();
  });

  it.each([
    ['no record', undefined],
    ['null', null],
    ['a string', 'v=1'],
    ['another version', { v: '2', ws: '0123456789abcdef' }],
    ['a numeric version', { v: 1, ws: '0123456789abcdef' }],
    ['no tag', { v: '1' }],
    ['a long tag', { v: '1', ws: '0123456789abcdef0' }],
    ['an upper-case tag', { v: '1', ws: '0123456789ABCDEF' }],
    ['a tag with markup', { v: '1', ws: '<img src=x>12345' }],
    ['inherited fields only', Object.create({ v: '1', ws: '0123456789abcdef' })],
  ])('ignores %s', (_label, txt) => {
    expect(decodeLanTxt(txt)).toBeNull();
  });

  it('ignores extra keys', () => {
    expect(decodeLanTxt({ v: '1', ws: '0123456789abcdef', name: 'Alice laptop' })).toEqual({ workspaceTag: '0123456789abcdef' });
  });
});

describe('hosting status schema', () => {
  it('accepts both shapes and refuses a public address', () => {
    expect(LanHostingStatusSchema.parse({ hosting: false, problem: 'no-lan-address' })).toEqual({ hosting: false, problem: 'no-lan-address' });
    const hosting = { hosting: true, url: 'ws://10.0.0.2:4445', address: '10.0.0.2', port: 4445, workspaceTag: '0123456789abcdef', announced: true, clientCount: 0 };
    expect(LanHostingStatusSchema.parse(hosting)).toEqual(hosting);
    expect(LanHostingStatusSchema.safeParse({ ...hosting, address: '8.8.8.8' }).success).toBe(false);
  });
});
