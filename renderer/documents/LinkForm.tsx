import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalUrl } from '../../shared/validation';

/** Sets or removes the link on the selection; only http(s) and mailto addresses are accepted. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState<string>((editor.getAttributes('link').href as string | undefined) ?? 'https://');
  const [error, setError] = useState<string>();

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const mailto = /^mailto:[^\s@]+@[^\s@]+$/i.test(href.trim());
    const parsed = optionalUrl.safeParse(href);
    if (!mailto && (!parsed.success || parsed.data === '')) return setError('errors.invalidUrl');
    editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
    onClose();
  };

  return (
    <form className="inline-form" onSubmit={apply} noValidate onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <label htmlFor="link-href">{t('editor.linkAddress')}</label>
      <input
        id="link-href"
        type="url"
        value={href}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'link-href-error' : undefined}
        onChange={(event) => setHref(event.target.value)}
      />
      <button type="submit">{t('editor.applyLink')}</button>
      <button
        type="button"
        onClick={() => {
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
          onClose();
        }}
      >
        {t('editor.removeLink')}
      </button>
      {error ? (
        <p className="field-error" id="link-href-error">
          {t(error)}
        </p>
      ) : null}
    </form>
  );
}
