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
}

interface SaveStatus {
  readonly save: SaveState;
  readonly setAside: readonly SetAside[];
  /** Bytes the progress takes in storage, for the "storage almost full" warning. */
  readonly savedBytes: number;
}

export const useSaveStatus = create<SaveStatus>()(() => ({
  save: { kind: 'saved' },
  setAside: [],
  savedBytes: 0,
}));

export function reportSave(save: SaveState, savedBytes?: number): void {
  useSaveStatus.setState((s) => ({ save, savedBytes: savedBytes ?? s.savedBytes }));
}

export function reportSetAside(entry: SetAside): void {
  useSaveStatus.setState((s) => ({
    setAside: [...s.setAside.filter((e) => e.key !== entry.key), entry],
  }));
}

export function forgetSetAside(key: string): void {
  useSaveStatus.setState((s) => ({ setAside: s.setAside.filter((e) => e.key !== key) }));
}
