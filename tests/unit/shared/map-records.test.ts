import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { parseKeyedRecords, parseRecord, parseRecords } from '../../../shared/workspace-doc/map-records';

const Note = z.object({ id: z.string(), text: z.string() });
const byId = { keyOf: (note: z.infer<typeof Note>) => note.id };

function notes(): Y.Map<unknown> {
  const map = new Y.Doc().getMap('notes');
  map.set('n1', { id: 'n1', text: 'Amara' });
  map.set('n2', { id: 'n2', text: 42 });
  map.set('n3', { id: 'n1', text: 'copied under another key' });
  map.set('n1#v1', { id: 'n1', text: 'archived' });
  return map;
}

describe('records in a Y.Map', () => {
  it('keeps what parses and names the keys of what does not', () => {
    expect(parseRecords(notes(), Note)).toEqual({
      valid: [
        { id: 'n1', text: 'Amara' },
        { id: 'n1', text: 'copied under another key' },
        { id: 'n1', text: 'archived' },
      ],
      invalid: ['n2'],
    });
  });

  it('counts a record filed under another key as damaged, and skips keys of another collection', () => {
    const parsed = parseRecords(notes(), Note, { ...byId, keep: (key) => !key.includes('#') });
    expect(parsed).toEqual({ valid: [{ id: 'n1', text: 'Amara' }], invalid: ['n2', 'n3'] });
  });

  it('reads one record, or nothing when it is missing, malformed or misfiled', () => {
    const map = notes();
    expect(parseRecord(map, Note, 'n1', byId)).toEqual({ id: 'n1', text: 'Amara' });
    expect(parseRecord(map, Note, 'n2')).toBeUndefined();
    expect(parseRecord(map, Note, 'n3', byId)).toBeUndefined();
    expect(parseRecord(map, Note, 'missing')).toBeUndefined();
  });

  it('keeps each record with its key', () => {
    expect(parseKeyedRecords(notes(), Note, byId).valid).toEqual([['n1', { id: 'n1', text: 'Amara' }]]);
  });
});
