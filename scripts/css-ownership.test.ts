// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []);
}

/** The class each rule's selectors start with (`.kpi-tile dd` → kpi-tile), at-rules' inner rules included. */
function leadingClasses(css: string): Set<string> {
  const classes = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(/([^{}]+)\{/g)) {
    const selector = match[1]?.trim() ?? '';
    if (selector.startsWith('@')) continue;
    for (const part of selector.split(',')) {
      const cls = /^\.([\w-]+)/.exec(part.trim())?.[1];
      if (cls) classes.add(cls);
    }
  }
  return classes;
}

describe('stylesheets', () => {
  it('reads the leading class of every rule, inside media queries too', () => {
    expect([...leadingClasses('.a b { x: 1 } /* .c {} */ @media (x) { .d, .e:hover { y: 2 } } main .f { }')]).toEqual(['a', 'd', 'e']);
  });

  // A route's stylesheet stays in the page after the route is left: a class two stylesheets style
  // looks different depending on which pages were visited before (the event page's KPI tiles took
  // the overview's border and shadow). So each class is styled by one stylesheet.
  it('styles each class in one stylesheet only', () => {
    const owners = new Map<string, string[]>();
    for (const file of cssFiles(join(ROOT, 'src'))) {
      for (const cls of leadingClasses(readFileSync(file, 'utf8'))) owners.set(cls, [...(owners.get(cls) ?? []), relative(ROOT, file)]);
    }
    const shared = [...owners].filter(([, files]) => files.length > 1).map(([cls, files]) => `.${cls}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
