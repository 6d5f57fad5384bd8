import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appUpdate } from './app/app-update';
import { openDatabase } from './db/database';
import { followInterfaceLanguage } from './i18n/document-language';
import { initI18n } from './i18n/i18n';
import { browserStorage, initialInterfaceLanguage } from './i18n/language-choice';
import { choosePlatform } from './platform/choose-platform';

// y-webrtc decrypts every signaling message of the room; one sealed with another secret fails
// with OperationError in a promise it does not catch. Such messages are simply not for us.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof DOMException && event.reason.name === 'OperationError') {
    event.preventDefault();
    console.warn('Ignored a signaling message sealed with another workspace secret');
  }
});

function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

// The composition root: the only place that picks the platform and opens the database.
// Opening IndexedDB is the slowest step of a cold start; start it before anything else.
const db = openDatabase();
void db.open().catch(() => undefined); // App reports the failure when it awaits the same open
const i18n = await initI18n(initialInterfaceLanguage(browserStorage(), systemLanguages()));
followInterfaceLanguage(i18n, document);
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
