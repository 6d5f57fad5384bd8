import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkForm } from './LinkForm';

interface ToolbarButton {
  key: string;
  shortcut: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const BUTTONS: ToolbarButton[] = [
  { key: 'bold', shortcut: 'Mod+B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', shortcut: 'Mod+I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'heading2', shortcut: 'Mod+Alt+2', isActive: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: 'heading3', shortcut: 'Mod+Alt+3', isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: 'bulletList', shortcut: 'Mod+Shift+8', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'orderedList', shortcut: 'Mod+Shift+7', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: 'blockquote', shortcut: 'Mod+Shift+B', isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  { key: 'undo', shortcut: 'Mod+Z', run: (e) => e.chain().focus().undo().run() },
  { key: 'redo', shortcut: 'Mod+Shift+Z', run: (e) => e.chain().focus().redo().run() },
];

/** One tab stop for the whole toolbar; arrow keys move between buttons (WAI-ARIA toolbar pattern). */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.map((button) => button.isActive?.(current) ?? false).concat(current.isActive('link')),
  });
  const count = BUTTONS.length + 1;

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focusIndex, End: count - 1 - focusIndex };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (focusIndex + move + count) % count;
    setFocusIndex(next);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-toolbar]')[next]?.focus();
  };

  return (
    <div>
      <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls="document-body" onKeyDown={onKeyDown}>
        {BUTTONS.map((button, index) => (
          <button
            key={button.key}
            type="button"
            data-toolbar
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={button.isActive ? Boolean(active[index]) : undefined}
            aria-keyshortcuts={button.shortcut.replace('Mod', 'Control')}
            title={`${t(`editor.${button.key}`)} (${button.shortcut.replace('Mod', 'Ctrl')})`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => button.run(editor)}
          >
            {t(`editor.${button.key}`)}
          </button>
        ))}
        <button
          type="button"
          data-toolbar
          tabIndex={focusIndex === BUTTONS.length ? 0 : -1}
          aria-pressed={Boolean(active[BUTTONS.length])}
          aria-expanded={linkOpen}
          onClick={() => setLinkOpen((open) => !open)}
        >
          {t('editor.link')}
        </button>
      </div>
      {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}
