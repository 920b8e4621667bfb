import type { Journal } from './journal.ts';
import type { JournalEntry } from './journal-entry.ts';
import { reportJournal } from '../kernel/save-status.ts';

/**
 * The journal, loaded after the first screen (IndexedDB code is not needed to draw it). Changes
 * made in the moment before it arrives are queued and recorded as soon as it does.
 */
export function lazyJournal(load: () => Promise<Journal>): Journal {
  let real: Journal | null = null;
  const queued: [JournalEntry, readonly string[]][] = [];
  let lastSaved: string | null = null;
  const ready = load().then(
    (journal) => {
      real = journal;
      for (const [entry, ids] of queued.splice(0)) journal.record(entry, ids);
      if (lastSaved !== null) journal.saved(lastSaved);
      return journal;
    },
    () => {
      // Its code could not be loaded (offline before it was cached): today's behaviour.
      reportJournal('unavailable');
      return null;
    },
  );
  return {
    record: (entry, ids) => (real ? real.record(entry, ids) : void queued.push([entry, ids])),
    durable: () =>
      real
        ? real.durable()
        : queued.length > 0
          ? ready.then((journal) => journal?.durable() ?? undefined)
          : null,
    enabled: () => real?.enabled() ?? false,
    saved: (raw) => (real ? real.saved(raw) : void (lastSaved = raw)),
    replay: (...args) => ready.then((journal) => journal?.replay(...args) ?? 0),
  };
}
