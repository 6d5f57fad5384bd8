import { paintFirstScreen } from './documents/first-paint';
import { applyInterfaceLanguage } from './i18n/document-language';
import { initialInterfaceLanguage } from './i18n/language-choice';
import './ui/styles.css';

// The entry: paint the cached document first, then load the app (decision 0009). Evaluating the
// app's chunk takes the main thread for a while, so it starts after the frame that shows the text.
// (Preloading that chunk, or opening IndexedDB here to warm it, was measured: both delayed the
// picture and neither made the editor ready sooner.)
let painted = false;
try {
  // Direction first: an Arabic interface must not paint left to right and then flip.
  applyInterfaceLanguage(document.documentElement, initialInterfaceLanguage(window.localStorage, navigator.languages));
  painted = paintFirstScreen(document, window.localStorage, window.location.hash);
} catch {
  // No storage (a locked-down profile): the app starts without the picture.
}
const loadApp = () => void import('./main');
if (painted) requestAnimationFrame(() => setTimeout(loadApp, 0));
else loadApp();
