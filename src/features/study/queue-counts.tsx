import type { StudyQueue } from '../../srs/queue.ts';
import './queue-counts.css';

/** New, learning and due counts, always visible while studying, as in Anki. */
export function QueueCounts({ counts }: { counts: StudyQueue['counts'] }) {
  return (
    <dl className="queue-counts">
      <div className="queue-counts-new">
        <dt>New</dt>
        <dd>{counts.new}</dd>
      </div>
      <div className="queue-counts-learning">
        <dt>Learning</dt>
        <dd>{counts.learning}</dd>
      </div>
      <div className="queue-counts-review">
        <dt>Due</dt>
        <dd>{counts.review}</dd>
      </div>
    </dl>
  );
}
