import { CHROMIUM_FLAGS, CHROMIUM_PATH, WEBRTC_FLAGS } from '../../../build/chromium-flags.mjs';

export { CHROMIUM_PATH };
/** For Playwright's launchOptions (the web project), which takes headless from the flags. */
export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];
/** For the sync tests' own launches (headless: true), WebRTC between instances inside the test namespace. */
export const SYNC_CHROMIUM_ARGS = [...CHROMIUM_FLAGS, ...WEBRTC_FLAGS];
