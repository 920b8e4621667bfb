import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus when it first appears (a new card's question, a result's
 * heading), without scrolling: screen readers and keyboard users start where the content does.
 * Give the element `tabIndex={-1}`.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
