import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../src/deck/import/import-document.ts';
import type { ImportOptions } from '../../src/deck/import/types.ts';

export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** Imports a fixture from its bytes, as a file picked in the browser or read by the CLI. */
export function importFixture(name: string, options: Partial<ImportOptions> = {}) {
  return importDocument(readFileSync(fixturePath(name)), { path: name, ...options });
}

export function cardsOf(result: ReturnType<typeof importDocument>) {
  return result.deck?.sections.flatMap((s) => s.cards) ?? [];
}
