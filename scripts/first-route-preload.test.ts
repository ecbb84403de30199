import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { createRoutes } from '@/app/router';
import { inlineScript, lazyRoutesIn, lazyRoutesInDir, patternToRegExp, preloadTable, type ChunkInfo } from './first-route-preload';

const ROUTES_DIR = resolve(process.cwd(), 'src/app/routes');

describe('lazyRoutesIn', () => {
  it('pairs each path (and the index route) with the modules its lazy imports', () => {
    const source = `
      export const r = (q) => [
        { index: true, lazy: { loader: async () => (await import('./a-loader')).x(q), Component: async () => (await import('./a-page')).A } },
        { path: 'b/:id', lazy: async () => { const m = await import('./b-page'); return { Component: m.B }; } },
        { path: 'plain', element: null },
      ];`;
    expect(lazyRoutesIn(source, (s) => `/abs/${s.slice(2)}`)).toEqual([
      { pattern: '/', modules: ['/abs/a-loader', '/abs/a-page'] },
      { pattern: '/b/:id', modules: ['/abs/b-page'] },
    ]);
  });
});

describe('patternToRegExp', () => {
  it('matches the path and only that path', () => {
    const detail = new RegExp(patternToRegExp('/events/:eid'));
    expect(detail.test('/events/evt_1')).toBe(true);
    expect(detail.test('/events/evt_1/')).toBe(true);
    expect(detail.test('/events')).toBe(false);
    expect(detail.test('/events/evt_1/sales')).toBe(false);
    expect(new RegExp(patternToRegExp('/')).test('/')).toBe(true);
    expect(new RegExp(patternToRegExp('/')).test('/events')).toBe(false);
  });
});

const chunk = (fileName: string, more: Partial<ChunkInfo> = {}): ChunkInfo => ({ type: 'chunk', fileName, isEntry: false, facadeModuleId: null, moduleIds: [], imports: [], ...more });

describe('preloadTable', () => {
  it('lists a route’s chunks, their static imports and CSS, but nothing the entry already loads', () => {
    const bundle = {
      'index.js': chunk('index.js', { isEntry: true, imports: ['vendor.js'], viteMetadata: { importedCss: new Set(['index.css']) } }),
      'vendor.js': chunk('vendor.js'),
      'page.js': chunk('page.js', { facadeModuleId: '/src/page.tsx', imports: ['vendor.js', 'shared.js'], viteMetadata: { importedCss: new Set(['page.css']) } }),
      'shared.js': chunk('shared.js', { moduleIds: ['/src/loader.ts', '/src/other.ts'] }),
      'index.css': { type: 'asset' as const },
    };
    expect(preloadTable([{ pattern: '/p/:id', modules: ['/src/page.tsx', '/src/loader.ts'] }], bundle)).toEqual([
      ['^/p/[^/]+/?$', ['page.js', 'shared.js', 'page.css']],
    ]);
  });
});

describe('inlineScript', () => {
  afterEach(() => {
    document.head.querySelectorAll('link').forEach((l) => l.remove());
    window.history.replaceState(null, '', '/');
  });

  it('adds modulepreload (JS) and stylesheet (CSS) links for the first matching route only', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/events/evt_1');
    new Function(inlineScript([['^/events/?$', ['assets/list.js']], ['^/events/[^/]+/?$', ['assets/detail.js', 'assets/detail.css']]], '/app/'))();
    const links = [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('as'), l.getAttribute('href')]);
    expect(links).toEqual([['modulepreload', null, '/app/assets/detail.js'], ['stylesheet', null, '/app/assets/detail.css']]);
    expect(() => vi.runAllTimers()).not.toThrow(); // the Intl warm-up
    vi.useRealTimers();
  });
});

describe('the route table read from src/app/routes', () => {
  const lazyPaths = (routes: RouteObject[], parent = ''): string[] => routes.flatMap((r) => {
    const path = r.index ? parent || '/' : r.path ? `${parent.replace(/\/$/, '')}/${r.path}`.replace(/^\/\//, '/') : parent;
    return [...(r.lazy ? [path] : []), ...lazyPaths(r.children ?? [], path)];
  });

  it('has exactly the router’s lazy routes, each with modules that exist', () => {
    const table = lazyRoutesInDir(ROUTES_DIR);
    expect(table.map((r) => r.pattern).sort()).toEqual(lazyPaths(createRoutes(new QueryClient())).sort());
    for (const route of table) for (const mod of route.modules) expect(mod).toMatch(/\.tsx?$/);
  });
});
