import { useEffect, useState } from 'react';
import { recordingStore, type Recording } from '../../store/recordings/index.ts';

interface ListedRecording {
  readonly recording: Recording;
  /** An object URL for <audio>: kept while the recording is listed, revoked after. */
  readonly url: string;
}

export interface RecordingList {
  /** Null while loading. */
  readonly items: readonly ListedRecording[] | null;
  /** Bytes used by every card's recordings. */
  readonly used: number;
  /** This card's saved recordings that failed the checks when read (left in place). */
  readonly unreadable: number;
}

/** A card's recordings, newest first, re-read after every save or delete in this tab. */
export function useRecordingList(card: string): RecordingList {
  const [list, setList] = useState<RecordingList>({ items: null, used: 0, unreadable: 0 });
  useEffect(() => {
    const store = recordingStore();
    let live = true;
    // The same URL for a recording across re-reads, so a player keeps its place.
    const urls = new Map<string, string>();
    const load = async () => {
      let recordings: Recording[] = [];
      let used = 0;
      let unreadable = 0;
      try {
        let listed;
        [listed, used] = await Promise.all([store.list(card), store.usage()]);
        ({ recordings, unreadable } = listed);
      } catch {
        // A database that fails to read lists nothing; saving says why.
      }
      if (!live) return;
      const ids = new Set(recordings.map((r) => r.id));
      for (const [id, url] of urls) {
        if (!ids.has(id)) {
          URL.revokeObjectURL(url);
          urls.delete(id);
        }
      }
      const items = recordings.map((recording) => {
        let url = urls.get(recording.id);
        if (!url) {
          url = URL.createObjectURL(recording.audio);
          urls.set(recording.id, url);
        }
        return { recording, url };
      });
      setList({ items, used, unreadable });
    };
    void load();
    const unsubscribe = store.subscribe(() => void load());
    return () => {
      live = false;
      unsubscribe();
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, [card]);
  return list;
}
