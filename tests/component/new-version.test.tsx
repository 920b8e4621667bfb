// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deployedVersion, isChunkLoadError } from '../../src/app/new-version.ts';
import { mayReloadFor } from '../../src/store/prefs/reload-guard.ts';

const page = (entry: string) =>
  `<!doctype html><html><head><script type="module" crossorigin src="${entry}"></script></head><body><div id="root"></div></body></html>`;

afterEach(() => {
  document.head.innerHTML = '';
  window.sessionStorage.clear();
});

describe('after a redeploy', () => {
  it('tells a missing chunk from other errors', () => {
    expect(
      isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js')),
    ).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('cannot read the deck'))).toBe(false);
  });

  it('sees a new build when index.html names another entry script, not when it is the same', async () => {
    document.head.innerHTML = '<script type="module" src="./assets/index-old.js"></script>';
    const serve = (entry: string) =>
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(page(entry)));
    serve('./assets/index-new.js');
    expect(await deployedVersion()).toBe('./assets/index-new.js');
    serve('./assets/index-old.js');
    expect(await deployedVersion()).toBeNull();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await deployedVersion()).toBeNull();
  });

  it('sees a new build when only the second of its entry scripts changed', async () => {
    const scripts = (...srcs: string[]) =>
      srcs.map((src) => `<script type="module" crossorigin src="${src}"></script>`).join('');
    document.head.innerHTML = scripts('./assets/runtime.js', './assets/app-old.js');
    const serve = (...srcs: string[]) =>
      vi
        .spyOn(globalThis, 'fetch')
        .mockResolvedValue(
          new Response(`<!doctype html><html><head>${scripts(...srcs)}</head></html>`),
        );
    serve('./assets/runtime.js', './assets/app-new.js');
    expect(await deployedVersion()).toBe('./assets/runtime.js ./assets/app-new.js');
    serve('./assets/runtime.js', './assets/app-old.js');
    expect(await deployedVersion()).toBeNull();
  });

  it('reloads once per new version, so a broken deploy cannot loop', () => {
    expect(mayReloadFor('./assets/index-new.js')).toBe(true);
    expect(mayReloadFor('./assets/index-new.js')).toBe(false);
    expect(mayReloadFor('./assets/index-newer.js')).toBe(true);
  });
});
