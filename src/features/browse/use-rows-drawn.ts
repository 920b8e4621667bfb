import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../../lib/after-next-paint.ts';

/** No row is shorter than this (72 px at the least, measured: its question, details, buttons). */
const ROW_HEIGHT_AT_LEAST = 64;

/**
 * Above the list on arrival, at the least: heading, search box, filters (559 px measured on a
 * wide screen, 669 on a phone).
 */
const CONTROLS_HEIGHT_AT_LEAST = 300;

/** More rows than the window can show: what one frame lays out. */
const screenful = () => Math.max(10, Math.ceil(window.innerHeight / ROW_HEIGHT_AT_LEAST));

/** More rows than the window shows below the controls on arrival, scrolled to the top. */
const firstScreen = () =>
  Math.max(4, Math.ceil((window.innerHeight - CONTROLS_HEIGHT_AT_LEAST) / ROW_HEIGHT_AT_LEAST));

/**
 * How many of the `shown` rows to draw now. On arrival, those in view: laying out every row held
 * back the screen's first frame (the 52 built-in cards: ~40 ms of layout on 2 cores). The rest
 * follow a screenful per frame once that one is painted, below the fold so that nothing in view
 * moves, in transitions that a key typed meanwhile goes ahead of. "Show more" grows the same way.
 */
export function useRowsDrawn(shown: number): number {
  const [drawn, setDrawn] = useState(firstScreen);
  useEffect(() => {
    if (drawn >= shown) return;
    return afterNextPaint(() => startTransition(() => setDrawn(drawn + screenful())));
  }, [drawn, shown]);
  return Math.min(drawn, shown);
}
