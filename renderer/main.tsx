import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDatabase } from './db/database';
import { initI18n } from './i18n/i18n';
import { choosePlatform } from './platform/choose-platform';
import './ui/styles.css';

// The composition root: the only place that picks the platform and opens the database.
const i18n = await initI18n(navigator.language.split('-')[0]);
document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
document.title = i18n.t('app.name');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={openDatabase()} platform={choosePlatform()} />
    </StrictMode>,
  );
}
