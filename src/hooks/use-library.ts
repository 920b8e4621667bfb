import { useEffect, useState } from 'react';
import { openLibrary, type Library } from '../store/decks/index.ts';

/**
 * The user's library once its first read has ended; 'none' when it cannot be read, null until
 * then. Read once: reading again on each change of the decks would go round for ever when the
 * library cannot be read, as each failed read says the decks changed.
 */
export function useLibrary(): Library | 'none' | null {
  const [library, setLibrary] = useState<Library | 'none' | null>(null);
  useEffect(() => {
    let live = true;
    void openLibrary()
      .then(async (loaded) => {
        await loaded.loadLibrary();
        if (live) setLibrary(loaded);
      })
      .catch(() => live && setLibrary('none'));
    return () => {
      live = false;
    };
  }, []);
  return library;
}
