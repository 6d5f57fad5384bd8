import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelayUrlSchema, RelayUrlsSchema } from '../../shared/sync/relay-url';
import { TextField } from '../ui/fields';
import { REMOVE_BUTTON, useFocusAfterRemove } from '../ui/use-focus-after-remove';

/** The relays this workspace syncs its sealed envelope through; none unless a member adds one. */
export function RelayServersForm({ relays, onSave }: { relays: string[]; onSave: (relays: string[]) => Promise<void> }) {
  const { t } = useTranslation();
  const { list, heading, removing } = useFocusAfterRemove<HTMLUListElement, HTMLHeadingElement>();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const url = RelayUrlSchema.safeParse(address);
    const next = url.success ? RelayUrlsSchema.safeParse([...relays, url.data]) : url;
    // TextField translates the error key itself.
    if (!next.success) return setError(next.error.issues[0]?.message ?? 'relay.errors.invalidUrl');
    if (url.success && relays.includes(url.data)) return setError('relay.errors.duplicate');
    setError(undefined);
    await onSave(next.data);
    setAddress('');
    setStatus(t('relay.added', { url: url.data }));
  };

  const remove = async (url: string) => {
    await onSave(relays.filter((relay) => relay !== url));
    setStatus(t('relay.removed', { url }));
  };

  return (
    <section aria-labelledby="relays-heading">
      <h3 id="relays-heading" ref={heading} tabIndex={-1}>{t('relay.title')}</h3>
      <p>{t('relay.explanation')}</p>
      {relays.length === 0 ? (
        <p>{t('relay.none')}</p>
      ) : (
        <ul aria-label={t('relay.listLabel')} ref={list}>
          {relays.map((url, index) => (
            <li key={url}>
              <code>{url}</code>{' '}
              <button
                type="button"
                {...REMOVE_BUTTON}
                aria-label={t('relay.removeLabel', { url })}
                onClick={() => {
                  removing(index);
                  void remove(url);
                }}
              >
                {t('relay.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate aria-label={t('relay.formLabel')}>
        <TextField id="relay-address" type="url" label={t('relay.addressLabel')} hint={t('relay.addressHint')} error={error} value={address} onChange={setAddress} />
        <button type="submit">{t('relay.add')}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
