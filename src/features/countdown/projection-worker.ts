// Projections simulate weeks of study (hundreds of milliseconds, seconds for far-off dates on a
// phone): they run here, off the main thread, so Home never freezes while they are worked out.
import { computeProjection, type ProjectionRequest } from './projection-request.ts';

self.onmessage = (event: MessageEvent<{ id: number; request: ProjectionRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, projection: computeProjection(request) });
};
