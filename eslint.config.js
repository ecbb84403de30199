// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Layer boundaries (architecture.md rule 1), generated from the folder list so a new
// feature is covered the moment its folder exists:
//   app -> features/* -> shared (components, lib, config); a feature never imports another;
//   shared never imports features or app; src never imports mocks (main.tsx's dynamic import aside).
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const mocksBan = { group: ['**/mocks/**', '../mocks/*', '../../mocks/*', '../../../mocks/*'], message: 'src must not import the mock API (only main.tsx starts it, dynamically).' };
const fullZodBan = { name: 'zod', message: "Import from 'zod/mini' — full zod adds ~36 kB gzip to the first page." };

const featureZones = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [fullZodBan],
      patterns: [
        mocksBan,
        { group: ['@/app/*', '@/app', '**/app/*'], message: 'Features must not import from app/.' },
        ...features.filter((f) => f !== name).map((other) => ({
          group: [`@/features/${other}/*`, `@/features/${other}`, `**/features/${other}/*`],
          message: `Feature "${name}" must not import feature "${other}"; compose them in app/routes.`,
        })),
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'coverage', 'playwright-report', 'test-results', 'public/mockServiceWorker.js', 'bench/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [fullZodBan], patterns: [mocksBan] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [fullZodBan],
        patterns: [mocksBan, { group: ['@/features/*', '@/app/*', '**/features/*', '**/app/*'], message: 'Shared code must not import features or app.' }],
      }],
    },
  },
  ...featureZones,
  {
    files: ['src/main.tsx', 'src/testing/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [fullZodBan] }] },
  },
);
