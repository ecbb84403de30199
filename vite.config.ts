/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// `npm run build` (mode production) must contain no mock code and no worker file;
// `npm run build:demo` (mode demo) ships the MSW worker for a clickable static demo.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  publicDir: mode === 'production' ? false : 'public',
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    target: 'es2022',
    sourcemap: false,
  },
  define: {
    __MOCKS_ENABLED_BY_DEFAULT__: JSON.stringify(mode !== 'production'),
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    env: { TZ: 'Europe/Berlin' },
    restoreMocks: true,
  },
}));
