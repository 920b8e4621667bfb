import { useState } from 'react';
import { Checkbox } from './checkbox.tsx';
import { useInsights } from '../hooks/use-insights.ts';
import type { CardEntry } from '../store/decks/index.ts';
import { useNow } from '../hooks/use-now.ts';
import { sample, weightedSample } from '../lib/sample.ts';
import { weakness } from '../srs/insights.ts';

/** How many questions a quiz or mock interview may ask. */
export const QUESTION_COUNT = Object.freeze({ min: 1, max: 999, integer: true });

/** How a quiz or mock interview draws its questions: evenly, or favouring weak cards. */
export function useQuestionDraw() {
  const [favourWeak, setFavourWeak] = useState(false);
  const insights = useInsights(useNow(60_000));
  const draw = (pool: readonly CardEntry[], count: number): string[] =>
    (favourWeak
      ? weightedSample(pool, (entry) => weakness(insights.get(entry.key)), count)
      : sample(pool, count)
    ).map((entry) => entry.key);
  return { favourWeak, setFavourWeak, draw };
}

export function FavourWeakOption({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <Checkbox className="checkbox-line" checked={checked} onChange={onChange}>
      Favour weak cards (low predicted recall, forgotten before)
    </Checkbox>
  );
}
