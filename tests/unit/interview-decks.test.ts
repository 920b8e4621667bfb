import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toggleDeck } from '../../src/srs/interview-deck-choice.ts';
import { coveredDecks } from '../../src/srs/interview-decks.ts';
import { createBackup, planRestore } from '../../src/store/backup/backup.ts';
import { decodeProgress, encodeProgress } from '../../src/store/progress/codec.ts';
import { EMPTY_PROGRESS } from '../../src/store/progress/progress.ts';
import { STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { makeStore, T0 } from '../support/progress-fixtures.ts';

const AWS = 'aws-backend-interview';

describe('which decks the countdown covers', () => {
  const loaded = [AWS, 'kafka', 'sql'];

  it('every deck when none is chosen', () => {
    expect(coveredDecks(null, loaded, true)).toEqual(loaded);
    expect(coveredDecks(null, [AWS], false)).toEqual([AWS]);
  });

  it('the chosen decks that are here, in deck order', () => {
    expect(coveredDecks(['sql', AWS], loaded, true)).toEqual([AWS, 'sql']);
    expect(coveredDecks(['sql', 'deleted'], loaded, true)).toEqual(['sql']);
  });

  it('a chosen deck of the library covers nothing else while the library loads', () => {
    expect(coveredDecks(['kafka'], [AWS], false)).toEqual([]);
    expect(coveredDecks(['kafka'], loaded, true)).toEqual(['kafka']);
  });

  it('every deck again once every chosen deck has been deleted', () => {
    expect(coveredDecks(['deleted'], loaded, true)).toEqual(loaded);
  });
});

describe('ticking and unticking a deck', () => {
  const loaded = [AWS, 'kafka', 'sql'];

  it('unticking one of every deck keeps the others', () => {
    expect(toggleDeck(loaded, loaded, null, AWS, false)).toEqual({
      interviewDecks: ['kafka', 'sql'],
    });
  });

  it('ticking the last one back covers every deck (null), decks added later included', () => {
    expect(toggleDeck(['kafka', 'sql'], loaded, ['kafka', 'sql'], AWS, true)).toEqual({
      interviewDecks: null,
    });
  });

  it('refuses to leave no deck covered', () => {
    expect(toggleDeck(['kafka'], loaded, ['kafka'], 'kafka', false)).toBeNull();
  });

  it('keeps chosen ids of decks not loaded (not arrived yet, or deleted and maybe undone)', () => {
    expect(toggleDeck(['kafka', 'sql'], loaded, ['gone', 'kafka', 'sql'], 'sql', false)).toEqual({
      interviewDecks: ['gone', 'kafka'],
    });
  });
});

describe('the setting in saved progress', () => {
  const settings = { ...EMPTY_PROGRESS.settings, interviewDecks: ['kafka', 'not-loaded-yet'] };

  it('survives saving and loading', () => {
    const saved = JSON.parse(JSON.stringify(encodeProgress({ ...EMPTY_PROGRESS, settings })));
    expect(decodeProgress(saved).settings.interviewDecks).toEqual(['kafka', 'not-loaded-yet']);
  });

  it('is left out when it is every deck, so what older versions saved is unchanged', () => {
    expect(encodeProgress(EMPTY_PROGRESS).settings).not.toHaveProperty('interviewDecks');
  });

  it('is every deck in progress saved before it existed, and when garbled', () => {
    const old = { ...encodeProgress(EMPTY_PROGRESS), settings: { interviewAt: T0 } };
    expect(decodeProgress(old).settings).toMatchObject({ interviewAt: T0, interviewDecks: null });
    const garbled = { ...old, settings: { interviewDecks: 'kafka' } };
    expect(decodeProgress(garbled).settings.interviewDecks).toBeNull();
  });

  it('is every deck in the saved progress of every past version', () => {
    const dir = new URL('../fixtures/progress/', import.meta.url);
    const files = readdirSync(dir).filter((name) => /^v\d+\.json$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, readFileSync(new URL(name, dir), 'utf8'));
      const { store } = makeStore(storage);
      expect(store.getState().settings.interviewDecks).toBeNull();
      expect(store.getState().log).toHaveLength(2);
    }
  });

  it('is kept across a reload after the user changes it', () => {
    const storage = new MemoryStorage();
    makeStore(storage)
      .store.getState()
      .updateSettings({ interviewDecks: ['kafka'] });
    expect(makeStore(storage).store.getState().settings.interviewDecks).toEqual(['kafka']);
  });

  it('travels in a backup and comes back on restore', () => {
    const plan = planRestore(
      createBackup({ ...EMPTY_PROGRESS, settings }, T0),
      new Set(),
      EMPTY_PROGRESS,
    );
    expect(plan.ok && plan.progress.settings.interviewDecks).toEqual(['kafka', 'not-loaded-yet']);
  });
});
