import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { keepCaretBelowStickyBar } from './caret-below-sticky-bar';
import { Collaboration } from './collaboration';
import { CollaborationCarets } from './collaboration-carets';
import { EditorToolbar } from './EditorToolbar';
import { PassageMarks, passageMarksKey, type PassageMark } from './passage-marks';
import { RemoteChangesAsTheyCome } from './remote-changes';
import { TypedCharacters } from './typed-characters';
import { useEndFirstPaint } from './use-end-first-paint';
import { contentLanguageAttributes } from '../translations/content-language-attributes';

/**
 * The rich-text body, bound to the document's Y.XmlFragment: every keystroke is a Yjs update,
 * which the workspace persistence stores as it happens. Undo is Yjs's own, so it only undoes
 * this user's edits, never a co-author's.
 */
export const DocumentEditor = memo(function DocumentEditor({
  body,
  awareness,
  label,
  onLocalEdit,
  onReady,
  marks,
  language,
  editable = true,
}: {
  body: Y.XmlFragment;
  awareness: Awareness | undefined;
  label: string;
  onLocalEdit: () => void;
  /** Hands the editor to the screen, which reads the selection for passage-level views and proposals. */
  onReady: (editor: Editor | null) => void;
  /** Passages with proposals or views attached, highlighted in the text. */
  marks: readonly PassageMark[];
  /** The text's declared language: screen readers and spell checkers read it as such. */
  language?: string | undefined;
  /** False for an adopted or published text: it is read, not edited (a new draft unlocks it). */
  editable?: boolean;
}) {
  const marksRef = useRef(marks);
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }),
        Collaboration.configure({ fragment: body }),
        ...(awareness ? [CollaborationCarets.configure({ awareness })] : []),
        PassageMarks.configure({ marks: () => marksRef.current, ydoc: body.doc }),
        RemoteChangesAsTheyCome,
        TypedCharacters,
      ],
      editable,
      editorProps: {
        attributes: bodyAttributes(label, language, editable),
        handleScrollToSelection: keepCaretBelowStickyBar,
      },
    },
    [body, awareness],
  );

  useEffect(() => {
    // Remote and stored updates arrive as non-local transactions; only this user's edits count.
    const onChange = (_events: unknown, transaction: Y.Transaction) => {
      if (transaction.local) onLocalEdit();
    };
    body.observeDeep(onChange);
    return () => body.unobserveDeep(onChange);
  }, [body, onLocalEdit]);

  useEffect(() => onReady(editor), [editor, onReady]);
  useEndFirstPaint(editor !== null);
  useEffect(() => {
    marksRef.current = marks;
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(passageMarksKey, true));
  }, [editor, marks]);

  // The label and language change without a new editor (which would lose the caret and undo history).
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: bodyAttributes(label, language, editable) } });
  }, [editor, label, language, editable]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  if (!editor) return <p>{t('common.loading')}</p>;
  return (
    <div className="editor">
      {editable ? <EditorToolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
});

function bodyAttributes(label: string, language: string | undefined, editable: boolean): Record<string, string> {
  return {
    id: 'document-body',
    class: 'document-body',
    'aria-label': label,
    'aria-multiline': 'true',
    role: 'textbox',
    ...(editable ? {} : { 'aria-readonly': 'true' }),
    ...contentLanguageAttributes(language),
  };
}
