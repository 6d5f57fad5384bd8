import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { homeServerPlugin } from './build/home-server-plugin.ts';

// base './' so the same build loads from the Electron app protocol and from any web path.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    // `npm start`'s web fallback, `npm run web` and `vite preview` serve signaling beside the app, as `npm run serve` does.
    homeServerPlugin(),
    // The web edition keeps working with the network off: a service worker serves the app itself
    // from its cache (the data is already local, in IndexedDB). Registered from main.tsx, web only.
    // A new version waits until the user reloads (app/UpdateReady.tsx): reloading on its own would
    // drop whatever is half-typed in a form, a dissenting view for one.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take control of the page that installed it, so the very first visit is already offline-ready.
        clientsClaim: true,
      },
    }),
  ],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
