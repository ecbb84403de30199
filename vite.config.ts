/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { firstRoutePreload } from './scripts/first-route-preload.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { chunkGroups } from './scripts/chunk-groups.ts';

// `npm run build` (mode production) must contain no mock code and no worker file;
// `npm run build:demo` (mode demo) ships the MSW worker for a clickable static demo.
export default defineConfig(({ mode, command }) => {
  const fileEnv = loadEnv(mode, process.cwd(), 'VITE_');
  const flag = process.env.VITE_ENABLE_MOCKS ?? fileEnv.VITE_ENABLE_MOCKS;
  // A compile-time constant, so a production build drops the mock import entirely.
  const mocks = flag ? flag === 'true' : mode !== 'production';
  return {
  plugins: [react(), dropMockWorker(mocks), bundleReport(), firstRoutePreload(fileURLToPath(new URL('./src/app/routes', import.meta.url))),
    contentSecurityPolicy([fileEnv.VITE_API_BASE_URL, fileEnv.VITE_CR_API_BASE_URL])],
  // Pre-bundle the dependencies that only lazy routes import, so the dev server does not discover
  // them on first navigation and reload (which fails the in-flight lazy import).
  optimizeDeps: { include: ['recharts', 'react-hook-form', '@hookform/resolvers/standard-schema', 'msw/browser'] },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? reactRouterProductionBuild() : []),
    ],
  },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    target: 'es2022',
    sourcemap: false,
    // fewer, larger files on each page's first paint (see scripts/chunk-groups.ts)
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  define: { __MOCKS__: JSON.stringify(mocks) },
  preview: {
    proxy: previewProxy(),
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    env: { TZ: 'Europe/Berlin', VITE_API_BASE_URL: 'http://localhost/api/v3', VITE_CR_API_BASE_URL: 'http://localhost/cr-api' },
    restoreMocks: true,
    // see src/testing/setup.ts: a loaded CI machine needs seconds for what takes 100 ms here
    testTimeout: 20_000,
  },
  };
});

/**
 * react-router's export map points every condition at its development build (remix-run/react-router
 * #12532, #14102), which keeps its dev warnings in production bundles. Builds use the production
 * build the package ships next to it; dev server and tests keep the warnings.
 */
function reactRouterProductionBuild() {
  const dist = fileURLToPath(new URL('./node_modules/react-router/dist/production/', import.meta.url));
  return [
    { find: /^react-router$/, replacement: `${dist}index.mjs` },
    { find: /^react-router\/dom$/, replacement: `${dist}dom-export.mjs` },
  ];
}

/** Without mocking, the worker script has no business in the bundle. */
function dropMockWorker(mocks: boolean): Plugin {
  let outDir = '';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    // the output folder as built, also with --outDir (a fixed ./dist left the worker in any other)
    configResolved(config) { outDir = resolve(config.root, config.build.outDir); },
    closeBundle() {
      if (!mocks) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** Writes .vite/bundle-report.json: per chunk, its imports and source modules (for scripts/size-check.mjs). */
function bundleReport(): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    // after Vite's CSS plugin, which drops chunks holding nothing but CSS (they must not be listed)
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk'
          ? [{ file: c.fileName, isEntry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports, modules: c.moduleIds.map((id) => id.replace(process.cwd(), '')) }]
          : [],
      );
      this.emitFile({ type: 'asset', fileName: '.vite/bundle-report.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

/** `vite preview` against a separate API (the standalone mock server or a real proxy). */
function previewProxy(): Record<string, string> | undefined {
  const target = process.env.API_PROXY_TARGET;
  return target ? { '/api/v3': target, '/cr-api': target } : undefined;
}
