import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { writeToYjsBeforeRedraw } from './collaboration';

/** ProseMirror's own DOM observer; not in its public types, but what its handlers call too. */
type ViewWithObserver = { domObserver?: { flush(): void } };

/**
 * A typed character goes into the document at the keypress, as one editor transaction, instead
 * of letting the browser edit the page and then reading the change back (decision 0011). The
 * character is in Yjs, and on its way to co-authors, before the page is redrawn and laid out, and
 * the browser never types into a co-author's caret label. This is the path ProseMirror itself takes
 * for selections that span nodes; input rules ("## ") run as they do for native typing.
 * Compositions (IME, dead keys), pasting and spelling corrections never fire a keypress and keep
 * the browser's own editing.
 */
export function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  const text = event.key;
  // One printable code point; Enter, Tab and named keys ("Dead", "Unidentified") are not text.
  if (event.isComposing || [...text].length !== 1 || /[\p{Cc}\r\n]/u.test(text)) return false;
  // The browser may have moved the selection (Shift+Arrow, a click) since ProseMirror last looked:
  // it learns of that from a 'selectionchange' event that can still be queued behind this key.
  // Reading it now types where the user sees the caret.
  (view as unknown as ViewWithObserver).domObserver?.flush();
  const { selection } = view.state;
  if (!(selection instanceof TextSelection)) return false;
  const { from, to } = selection;
  const typed = () => view.state.tr.insertText(text).scrollIntoView();
  if (view.someProp('handleTextInput', (handle) => handle(view, from, to, text, typed))) return true;
  const transaction = typed();
  writeToYjsBeforeRedraw(view.state, transaction.doc);
  view.dispatch(transaction);
  return true;
}

export const TypedCharacters = Extension.create({
  name: 'typedCharacters',
  // After every other extension's key handling, so shortcuts still win.
  priority: 10,
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('typedCharacters'), props: { handleKeyPress: insertTypedCharacter } })];
  },
});
