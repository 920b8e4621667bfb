import { localUtcOffset } from '../../store/progress/index.ts';
import type { Interview } from '../../srs/planner.ts';
import { projectPlan, type Projection } from '../../srs/projection.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import type { CardState } from '../../srs/types.ts';

/** What a projection needs, as plain data: it crosses into a Web Worker. */
export interface ProjectionRequest {
  readonly cards: readonly string[];
  readonly states: Readonly<Record<string, CardState | undefined>>;
  readonly desiredRetention: number;
  readonly start: number;
  readonly interview: Interview;
  readonly dayStartHour: number;
}

export function computeProjection(request: ProjectionRequest): Projection {
  const { desiredRetention, ...input } = request;
  return projectPlan({
    ...input,
    scheduler: schedulerFor(desiredRetention),
    utcOffset: localUtcOffset,
  });
}
