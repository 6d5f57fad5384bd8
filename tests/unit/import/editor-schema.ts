import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import { writeImportedContent, type ImportedBlock } from '../../../shared/import/imported-content';

/** The editor's own schema, configured as DocumentEditor configures it. */
export const editorSchema = getSchema([StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } })]);

/**
 * Writes blocks with our writer and with y-prosemirror's own, through the editor's schema, and
 * returns what y-prosemirror reads back from each: equal when ours stores what the editor would.
 */
export function bothWays(blocks: ImportedBlock[]): { ours: unknown; editor: unknown } {
  const json = { type: 'doc', content: blocks };
  editorSchema.nodeFromJSON(json).check();
  const ours = new Y.Doc().getXmlFragment('body');
  writeImportedContent(ours, blocks);
  const theirs = new Y.Doc().getXmlFragment('body');
  prosemirrorJSONToYXmlFragment(editorSchema, json, theirs);
  return { ours: yXmlFragmentToProsemirrorJSON(ours), editor: yXmlFragmentToProsemirrorJSON(theirs) };
}
