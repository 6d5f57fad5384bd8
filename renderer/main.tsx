import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appUpdate } from './app/app-update';
import { openDatabase } from './db/database';
import { initI18n } from './i18n/i18n';
import { choosePlatform } from './platform/choose-platform';

// y-webrtc decrypts every signaling message of the room; one sealed with another secret fails
// with OperationError in a promise it does not catch. Such messages are simply not for us.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof DOMException && event.reason.name === 'OperationError') {
    event.preventDefault();
    console.warn('Ignored a signaling message sealed with another workspace secret');
  }
});

// The composition root: the only place that picks the platform and opens the database.
// Opening IndexedDB is the slowest step of a cold start; start it before anything else.
const db = openDatabase();
void db.open().catch(() => undefined); // App reports the failure when it awaits the same open
const i18n = await initI18n(navigator.language.split('-')[0]);
document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
document.title = i18n.t('app.name');
// The desktop app loads from its own protocol and needs no cache; the web edition caches itself.
if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.protocol === 'http:')) {
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({ immediate: true, onNeedRefresh: () => appUpdate.offer(() => void update(true)) });
  });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} platform={choosePlatform()} />
    </StrictMode>,
  );
}
