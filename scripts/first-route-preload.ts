import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Build plugin: an inline script in index.html that, before the entry chunk has even arrived,
 * requests the lazy chunks (and CSS) of the route the browser is opening, and warms up the
 * browser's Intl (ICU) data while the network is busy.
 *
 * Why: every page is lazy (src/app/routes), so on a cold load the router only asks for the page
 * and loader chunks after the ≈ 127 kB gzip entry has downloaded and run — one more round trip
 * before anything paints. And the first Intl formatter of a page costs ≈ 40 ms (≈ 160 ms on a
 * 4× slower phone) to load ICU data; the events list needs one before it can even ask for its
 * rows (today in the partner's zone). Both now happen while the entry is still on the wire.
 *
 * The route table is read from the route definition modules themselves (every `path:` or
 * `index: true` with the `import('./…')` calls of its `lazy`), so there is no second list of
 * routes to keep in step; `scripts/first-route-preload.test.ts` checks the table against the
 * router's routes.
 */

export interface LazyRoute {
  /** full path pattern, e.g. `/events/:eid` */
  pattern: string;
  /** absolute paths of the modules its `lazy` imports */
  modules: string[];
}

const ROUTE_MARK = /path:\s*'([^']*)'|index:\s*true/g;
const LAZY_IMPORT = /import\('(\.\/[^']+)'\)/g;

/**
 * The lazy routes a route definition module declares. Routes are children of `/` (router.tsx),
 * so `path: 'events/:eid'` is `/events/:eid` and the index route is `/`.
 */
export function lazyRoutesIn(source: string, resolveModule: (specifier: string) => string): LazyRoute[] {
  const marks = [...source.matchAll(ROUTE_MARK)];
  return marks.flatMap((mark, i) => {
    const segment = source.slice(mark.index, marks[i + 1]?.index ?? source.length);
    const modules = [...segment.matchAll(LAZY_IMPORT)].map((m) => resolveModule(m[1] as string));
    if (!segment.includes('lazy') || modules.length === 0) return [];
    return [{ pattern: `/${mark[1] ?? ''}`, modules: [...new Set(modules)] }];
  });
}

/** Every lazy route declared in `dir` (route modules are the files with a `lazy` in them). */
export function lazyRoutesInDir(dir: string): LazyRoute[] {
  const resolveIn = (specifier: string) => {
    const base = resolve(dir, specifier);
    return ['.tsx', '.ts'].map((ext) => base + ext).find((file) => existsSync(file)) ?? base;
  };
  return readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
    .sort()
    .flatMap((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      return source.includes('lazy') ? lazyRoutesIn(source, resolveIn) : [];
    });
}

/** `/events/:eid` → `^/events/[^/]+/?$` (react-router's dynamic segments; no splats here). */
export function patternToRegExp(pattern: string): string {
  if (pattern === '/') return '^/$';
  const body = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body}/?$`;
}

/** The parts of a Rollup/Rolldown output chunk this plugin reads. */
export interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type Bundle = Record<string, ChunkInfo | { type: 'asset' }>;

/** [regexp source, files] per route: its chunks, their static imports and CSS, minus what the entry already loads. */
export function preloadTable(routes: LazyRoute[], bundle: Bundle): [string, string[]][] {
  const chunks = Object.values(bundle).filter((c): c is ChunkInfo => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (file: string, into: Set<string>) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) closure(dep, into);
    return into;
  };
  const css = (files: Iterable<string>) => [...files].flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
  const entry = chunks.find((c) => c.isEntry);
  const entryJs = entry ? closure(entry.fileName, new Set()) : new Set<string>();
  const entryCss = new Set(css(entryJs));
  return routes.flatMap((route) => {
    const js = new Set<string>();
    for (const id of route.modules) {
      const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
      if (chunk) closure(chunk.fileName, js);
    }
    const files = [...js].filter((f) => !entryJs.has(f));
    const styles = css(files).filter((f) => !entryCss.has(f));
    return files.length ? [[patternToRegExp(route.pattern), [...new Set([...files, ...styles])]] as [string, string[]]] : [];
  });
}

/**
 * The inline script: the first matching route's files as `modulepreload` (JS) or `stylesheet`
 * (CSS) links, exactly the links Vite's own preload helper would add later — it finds them by href
 * and adds no second one (a CSS `preload` would not do: with a cached `no-cache` copy, the preload
 * and the helper's stylesheet each revalidated it) — and an Intl warm-up in a task of its own, so
 * it never holds up the parser. A route's stylesheet arriving before its page renders is harmless.
 */
export function inlineScript(table: [string, string[]][], base: string): string {
  return `(function(t,p,b){for(var i=0;i<t.length;i++)if(new RegExp(t[i][0]).test(p)){t[i][1].forEach(function(f){var l=document.createElement('link'),c=/\\.css$/.test(f);l.rel=c?'stylesheet':'modulepreload';l.crossOrigin='';l.href=b+f;document.head.appendChild(l)});break}setTimeout(function(){try{new Intl.DateTimeFormat('en-CA',{timeZone:'UTC'}).format(0);new Intl.NumberFormat().format(0)}catch(e){}},0)})(${JSON.stringify(table)},location.pathname,${JSON.stringify(base)})`;
}

export function firstRoutePreload(routesDir: string): Plugin {
  let base = '/';
  return {
    name: 'first-route-preload',
    apply: 'build',
    configResolved(config) { base = config.base; },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const table = preloadTable(lazyRoutesInDir(routesDir), ctx.bundle as unknown as Bundle);
        return [{ tag: 'script', children: inlineScript(table, base), injectTo: 'head' }];
      },
    },
  };
}
