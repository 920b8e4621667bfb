import { useEffect, useMemo, useState } from 'react';
import type { Projection } from '../../srs/projection.ts';
import { computeProjection, type ProjectionRequest } from './projection-request.ts';

type Reply = { id: number; projection: Projection };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<
  number,
  { request: ProjectionRequest; resolve: (projection: Projection) => void }
>();

/** The projection worker, or null where there is none (old browsers, jsdom). */
function projectionWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./projection-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<Reply>) => {
    pending.get(event.data.id)?.resolve(event.data.projection);
    pending.delete(event.data.id);
  });
  // A worker that cannot start (its chunk failed to load): work on the main thread instead.
  worker?.addEventListener('error', () => {
    worker = null;
    for (const [id, { request, resolve }] of pending) {
      pending.delete(id);
      resolve(computeProjection(request));
    }
  });
  return worker;
}

/** Projections already worked out, per saved card states (a new grade is a new object). */
const cache = new WeakMap<object, Map<string, Projection>>();
const signature = ({ states: _, ...rest }: ProjectionRequest) => JSON.stringify(rest);
const cached = (request: ProjectionRequest) =>
  cache.get(request.states)?.get(signature(request)) ?? null;

function remember(request: ProjectionRequest, projection: Projection): Projection {
  const byStates = cache.get(request.states) ?? new Map<string, Projection>();
  byStates.set(signature(request), projection);
  cache.set(request.states, byStates);
  return projection;
}

function project(request: ProjectionRequest): Promise<Projection> {
  const target = projectionWorker();
  if (!target) return Promise.resolve(computeProjection(request));
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { request, resolve });
    target.postMessage({ id, request });
  });
}

/**
 * The countdown's projection, worked out in a Web Worker: null until it arrives (at once when
 * these states were projected before). Without workers it is worked out during render.
 */
export function useProjection(request: ProjectionRequest | null): Projection | null {
  const inline = useMemo(() => {
    if (!request) return null;
    const known = cached(request);
    if (known || projectionWorker()) return known;
    return remember(request, computeProjection(request));
  }, [request]);
  const [arrived, setArrived] = useState<{ for: ProjectionRequest; projection: Projection }>();

  useEffect(() => {
    if (!request || inline) return;
    let live = true;
    void project(request).then((projection) => {
      remember(request, projection);
      if (live) setArrived({ for: request, projection });
    });
    return () => {
      live = false;
    };
  }, [request, inline]);

  if (inline) return inline;
  return arrived && arrived.for === request ? arrived.projection : null;
}
