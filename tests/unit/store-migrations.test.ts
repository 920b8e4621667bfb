import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  migrateProgress,
  UnknownVersionError,
} from '../../src/store/progress/migrations.ts';
import { STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { makeStore } from '../support/progress-fixtures.ts';

const FIXTURES = new URL('../fixtures/progress/', import.meta.url);
const fixtureVersions = readdirSync(FIXTURES)
  .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

describe('saved progress from every version', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(fixtureVersions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtureVersions)('loads what version %i saved, reviews and all', (version) => {
    const raw = readFileSync(new URL(`v${version}.json`, FIXTURES), 'utf8');
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { store } = makeStore(storage);
    const state = store.getState();
    expect(state.log.map((r) => r.id)).toEqual(['v1a001', 'v1a002']);
    expect(state.cards['aws-backend-interview/what-is-aws']?.phase).toBe('learning');
    expect(state.cards['aws-backend-interview/what-is-ec2']?.phase).toBe('review');
    expect(state.undone).toEqual(['v1a000']);
    // Version 1 had no bookmarks; from version 2 on, they are kept.
    const starred = Object.keys(state.bookmarks).filter((k) => state.bookmarks[k]?.on);
    expect(starred).toEqual(version >= 2 ? ['aws-backend-interview/what-is-ec2'] : []);
    expect(storage.keys().filter((k) => k.includes('unreadable'))).toEqual([]);
  });

  it('refuses a version it has no upgrade for', () => {
    expect(() => migrateProgress({}, 0)).toThrow(UnknownVersionError);
  });
});
