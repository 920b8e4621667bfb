import { create } from 'zustand';

export type SaveState =
  | { readonly kind: 'saved' }
  /** Progress lives in memory only: the quota is full or storage is unavailable. */
  | { readonly kind: 'unsaved'; readonly reason: 'quota' | 'unavailable' }
  /** Writes are blocked so that data this version cannot handle is not overwritten. */
  | { readonly kind: 'read-only'; readonly reason: 'newer-version' | 'unreadable' };

/** Saved data that could not be read, moved aside under `key` instead of being overwritten. */
export interface SetAside {
  readonly key: string;
  readonly reason: string;
  /** Only some card states were unusable: the rest of the progress was loaded. */
  readonly partial?: boolean;
  /**
   * Kept aside in IndexedDB rather than under a localStorage key: a journal entry, or one of
   * the user's decks (its key `UNREADABLE_DECK` + the deck's id), or card edits.
   */
  readonly where?: 'journal' | 'decks' | 'edits';
}

/** The set-aside key of a saved deck that could not be read back. */
export const UNREADABLE_DECK = 'prepdeck-decks/';

/** Storage was emptied while the app was open (site data cleared elsewhere), then re-saved. */
export interface Wiped {
  readonly reviews: number;
  readonly cards: number;
  readonly bookmarks: number;
  /** False when re-saving failed as well: the progress is in this tab only. */
  readonly resaved: boolean;
}

export interface SaveStatus {
  readonly save: SaveState;
  readonly setAside: readonly SetAside[];
  /** Characters the saved progress takes, for the "storage almost full" warning. */
  readonly savedChars: number;
  readonly wiped: Wiped | null;
  /**
   * Said once: grades are not journaled, so a crash can lose the last seconds of study; `held`:
   * another tab (an older version) holds the database, until it is closed.
   */
  readonly journal: 'on' | 'unavailable' | 'failed' | 'held';
  /** The user's decks cannot be opened: another tab (an older version) holds their database. */
  readonly decksHeld: boolean;
  /** Reviews kept in IndexedDB rather than localStorage; `loaded` once they are in memory. */
  readonly history: HistoryStatus;
}

export interface HistoryStatus {
  readonly archived: number;
  readonly loaded: boolean;
  /**
   * Archived reviews that could not be read (the database held at a newer version, or gone):
   * still saved, but left out of statistics and backups until they can be read.
   */
  readonly unreadable: { readonly count: number; readonly reason: string } | null;
}

export const useSaveStatus = create<SaveStatus>()(() => ({
  save: { kind: 'saved' },
  setAside: [],
  savedChars: 0,
  wiped: null,
  journal: 'on',
  decksHeld: false,
  history: { archived: 0, loaded: false, unreadable: null },
}));

/**
 * Browsers give a site about 5 million characters of localStorage; warn well before, while a
 * download still works and nothing is lost.
 */
export const STORAGE_WARNING_CHARS = 4_000_000;

/** What browsers give a site in localStorage, in characters of keys and values. */
export const LOCAL_STORAGE_LIMIT_CHARS = 5_000_000;

export function reportSave(save: SaveState, savedChars?: number): void {
  useSaveStatus.setState((s) => ({ save, savedChars: savedChars ?? s.savedChars }));
}

export function reportSetAside(entry: SetAside): void {
  useSaveStatus.setState((s) => ({
    setAside: [...s.setAside.filter((e) => e.key !== entry.key), entry],
  }));
}

export function forgetSetAside(key: string): void {
  useSaveStatus.setState((s) => ({ setAside: s.setAside.filter((e) => e.key !== key) }));
}

export function reportWiped(wiped: Wiped | null): void {
  useSaveStatus.setState({ wiped });
}

export function reportJournal(journal: SaveStatus['journal']): void {
  useSaveStatus.setState({ journal });
}

export function reportDecksHeld(decksHeld: boolean): void {
  useSaveStatus.setState({ decksHeld });
}

export function reportHistory(history: Partial<HistoryStatus>): void {
  useSaveStatus.setState((s) => ({ history: { ...s.history, ...history } }));
}
