import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Styles live beside what they style: tokens, base and a few primitives in src/styles, every other
// stylesheet scoped by a prefix (its file name or its folder), as CSS Modules would scope it.

const SRC = join(import.meta.dirname, '../../src');
const MAX_LINES = 300;
/** Classes written by a library rather than by our markup (highlight.js, in rendered answers). */
const GENERATED = /^hljs-/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? cssFiles(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Each selector of a stylesheet (comma parts, @media contents included), without comments. */
function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((s) => !s.startsWith('@'))
    .flatMap((s) => s.split(',').map((part) => part.trim()));
}

const classesOf = (selector: string) =>
  [...selector.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] ?? '');

/**
 * Selectors that escape the scope: each must name a class of its own (`prefix` or `prefix-…`),
 * and may otherwise refer only to global primitives.
 */
function scopeViolations(
  css: string,
  prefixes: readonly string[],
  globals: ReadonlySet<string>,
): string[] {
  const own = (c: string) => prefixes.some((p) => c === p || c.startsWith(`${p}-`));
  return selectors(css).filter((selector) => {
    const classes = classesOf(selector);
    if (classes.length > 0 && classes.every((c) => GENERATED.test(c))) return false;
    return !classes.some(own) || !classes.every((c) => own(c) || globals.has(c));
  });
}

/** A stylesheet's allowed prefixes: its file name, and its feature or component folder's name. */
function prefixesOf(file: string): string[] {
  const folder = basename(dirname(file));
  const name = basename(file, '.css');
  return folder === 'features' || folder === 'components' ? [name] : [name, folder];
}

const all = cssFiles(SRC);
const globals = new Set(
  all
    .filter((f) => relative(SRC, f).startsWith('styles/'))
    .flatMap((f) => selectors(readFileSync(f, 'utf8')).flatMap(classesOf)),
);
const scoped = all.filter((f) => /^(features|components)\//.test(relative(SRC, f)));

describe('stylesheets', () => {
  it('finds the global primitives and the scoped stylesheets', () => {
    expect(globals).toContain('panel');
    expect(scoped.length).toBeGreaterThan(10);
  });

  it.each(scoped.map((f) => [relative(SRC, f), f]))('%s keeps to its prefix', (_, file) => {
    expect(scopeViolations(readFileSync(file, 'utf8'), prefixesOf(file), globals)).toEqual([]);
  });

  it.each(all.map((f) => [relative(SRC, f), f]))('%s is at most 300 lines', (_, file) => {
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(MAX_LINES);
  });

  it.each(scoped.map((f) => [relative(SRC, f), f]))('%s is imported by a component', (_, file) => {
    const name = basename(file);
    const importers = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx'))
      .filter((f) => readFileSync(join(SRC, f), 'utf8').includes(`/${name}';`));
    expect(importers).not.toEqual([]);
  });

  it('flags a selector outside the prefix, or one that leans on another feature’s class', () => {
    const css = `
      .weak-list { margin: 0 }
      @media (max-width: 640px) { .weak-list li, .grade { margin: 1px } }
      .weak-row .panel { padding: 0 }
      .weak-row .dashboard-bar { padding: 0 }
      /* .commented { } */
      h2 { margin: 0 }`;
    expect(scopeViolations(css, ['weak'], new Set(['panel']))).toEqual([
      '.grade',
      '.weak-row .dashboard-bar',
      'h2',
    ]);
  });
});
