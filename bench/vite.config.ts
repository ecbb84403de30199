import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The chart bench page (bench/chart-bench.html), built on its own for `npm run bench`:
 * never part of the app build. Output: bench/.tmp/chart-bench (git-ignored).
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: { '@': here('../src') } },
  define: { __MOCKS__: 'false' },
  build: {
    outDir: here('.tmp/chart-bench'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: here('chart-bench.html') },
  },
});
