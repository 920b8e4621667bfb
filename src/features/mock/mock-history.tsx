import { useMock } from '../../store/prefs/index.ts';
import { SCORE_NAMES } from './score-names.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "1:05" for a time spent on a question. */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Past mock interviews, newest first: when, how it went, and the time each question took. */
export function MockHistory() {
  const history = useMock((s) => s.history);
  if (history.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="mock-history-title">
      <h2 id="mock-history-title">Past mock interviews</h2>
      <div className="table-scroll">
        <table className="mock-history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{SCORE_NAMES.nailed}</th>
              <th scope="col">Time per question</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((result) => (
              <tr key={result.at}>
                <th scope="row">{dateFormat.format(result.at)}</th>
                <td>
                  {result.scores.filter((s) => s === 'nailed').length} of {result.scores.length}
                </td>
                <td>{result.times.map(formatSeconds).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
