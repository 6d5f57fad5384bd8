import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { AutomaticBackupsSettings } from '../backup/AutomaticBackupsSettings';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { KeyProtectionSection } from '../integrity/KeyProtectionSection';
import { IdentityForm } from './IdentityForm';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { identity, setIdentity } = useApp();
  const [status, setStatus] = useState('');
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('settings.title')}</h1>
      <section aria-labelledby="interface-language-heading">
        <h2 id="interface-language-heading">{t('language.settingsTitle')}</h2>
        <p>{t('language.settingsExplanation')}</p>
        <LanguageMenu />
      </section>
      <h2>{t('settings.identity')}</h2>
      <p>{t('settings.identityExplanation')}</p>
      <IdentityForm
        initial={identity}
        submitLabel={t('actions.save')}
        onSave={async (next) => {
          await setIdentity(next);
          setStatus(t('settings.saved'));
        }}
      />
      <p role="status">{status}</p>
      <KeyProtectionSection />
      <AutomaticBackupsSettings />
    </main>
  );
}
