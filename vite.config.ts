import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the same build loads from the Electron app protocol and from any web path.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
