import { useSyncExternalStore } from 'react';
import type { PlanDemand } from '../../srs/budget.ts';

// What each covered deck's plan asks of the days to come, published by its panel on Home so
// that the panels share one daily budget (srs/budget.ts). Every panel shares this module.
let demands: ReadonlyMap<string, PlanDemand> = new Map();
const listeners = new Set<() => void>();

/** Sets (or, with null, withdraws) a deck's demand. */
export function publishDemand(deckId: string, demand: PlanDemand | null): void {
  if (demands.get(deckId) === (demand ?? undefined)) return;
  const next = new Map(demands);
  if (demand) next.set(deckId, demand);
  else next.delete(deckId);
  demands = next;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const useDemands = (): ReadonlyMap<string, PlanDemand> =>
  useSyncExternalStore(subscribe, () => demands);
