import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';

/**
 * False while a component's first frame is being drawn, true (in a transition) once it has been
 * painted: for what no one sees in that frame, so that it does not hold the frame back.
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
