import { useMemo } from 'react';
import { DeckSelect } from '../../components/deck-select.tsx';
import { useInsights } from '../../hooks/use-insights.ts';
import { localUtcOffset, useProgress, useSaveStatus } from '../../store/progress/index.ts';
import { decks, deckEntries } from '../../store/decks/index.ts';
import { useNow } from '../../hooks/use-now.ts';
import { dueForecast, reviewsByDay, trueRetention } from '../../srs/stats.ts';
import { studyDay, studyDayStart } from '../../srs/study-day.ts';
import { Bars, DataTable, NamedBars } from './charts.tsx';
import { Heatmap } from './heatmap.tsx';
import { percent } from '../../lib/format.ts';
import { statsHref } from '../../lib/route.ts';
import { plural } from '../../lib/plural.ts';
import './stats-page.css';

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** The cards of one deck (its id), or of every deck (''). */
const inDeck = (deck: string) => (key: string) => deck === '' || key.startsWith(`${deck}/`);

/**
 * Statistics from real reviews: heatmap, due forecast, true retention, readiness per section;
 * for every deck, or one (`deck`, from the URL: `#/stats?deck=aws-backend-interview`).
 */
export function StatsPage({ deck: asked = '' }: { deck?: string }) {
  const deck = decks.some((d) => d.id === asked) ? asked : '';
  const several = decks.length > 1;
  const time = useNow(60_000);
  const allLog = useProgress((s) => s.log);
  const allCards = useProgress((s) => s.cards);
  const log = useMemo(() => allLog.filter((r) => inDeck(deck)(r.card)), [allLog, deck]);
  const cards = useMemo(
    () => Object.fromEntries(Object.entries(allCards).filter(([key]) => inDeck(deck)(key))),
    [allCards, deck],
  );
  const olderLoading = useSaveStatus((s) => s.history.archived > 0 && !s.history.loaded);
  const { dayStartHour, desiredRetention } = useProgress((s) => s.settings);
  const insights = useInsights(time);
  const today = studyDay(time, localUtcOffset, dayStartHour);
  const dayName = (day: number) =>
    shortDate.format(studyDayStart(day, localUtcOffset, dayStartHour));

  const byDay = useMemo(() => reviewsByDay(log, localUtcOffset, dayStartHour), [log, dayStartHour]);
  const forecast = useMemo(
    () => dueForecast(cards, time, 30, localUtcOffset, dayStartHour),
    // Once per change of the cards, and per study day.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cards, today, dayStartHour],
  );
  const retention = useMemo(
    () => trueRetention(log, time, 30, 7, localUtcOffset, dayStartHour),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [log, today, dayStartHour],
  );
  // Sections are named with their deck when every deck is shown and there are several.
  const sections = decks
    .filter((d) => deck === '' || d.id === deck)
    .flatMap((d) =>
      d.sections.map((section) => {
        const keys = deckEntries(d.id)
          .filter((e) => e.section.id === section.id)
          .map((e) => e.key);
        const mean =
          keys.reduce((n, k) => n + (insights.get(k)?.recall ?? 0), 0) / Math.max(1, keys.length);
        const title = several && deck === '' ? `${d.title} · ${section.title}` : section.title;
        return { id: `${d.id}/${section.id}`, title, mean };
      }),
    );
  const dueInAll = forecast.reduce((a, b) => a + b, 0);
  const busiest = forecast.reduce((best, n, i) => (n > (forecast[best] ?? 0) ? i : best), 0);
  const recalled = retention.reduce((n, b) => n + (b.retention ?? 0) * b.reviews, 0);
  const reviewed = retention.reduce((n, b) => n + b.reviews, 0);

  return (
    <section aria-labelledby="stats-title" className="stats">
      <h1 id="stats-title">Statistics</h1>
      <DeckSelect
        className="field stats-deck"
        value={deck}
        onChange={(id) => (window.location.hash = statsHref(id || undefined))}
      />
      {log.length === 0 && !olderLoading && (
        <p className="lead">No reviews yet: these charts fill in as you study.</p>
      )}
      {olderLoading && (
        <p className="lead" role="status">
          Reading your older reviews…
        </p>
      )}

      <section className="panel" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">Reviews, last 12 months</h2>
        <Heatmap
          counts={byDay}
          today={today}
          utcOffset={localUtcOffset}
          dayStartHour={dayStartHour}
        />
      </section>

      <section className="panel" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Due in the next 30 days</h2>
        <p>
          {forecast[0] ?? 0} due today, {dueInAll} in all
          {dueInAll > 0 &&
            `; the busiest day is ${busiest === 0 ? 'today' : dayName(today + busiest)} with ${forecast[busiest] ?? 0}`}
          .
        </p>
        <Bars
          values={forecast}
          labels={forecast.map((_, i) => (i === 0 ? 'Today' : dayName(today + i)))}
          xTitle="Day"
          yTitle="Cards due"
          label={`Cards due per day over the next 30 days: ${dueInAll} in all, ${forecast[0] ?? 0} today`}
        />
        <DataTable
          caption="Cards due per day"
          head={['Day', 'Cards due']}
          rows={forecast.map((n, i) => [i === 0 ? 'Today' : dayName(today + i), n])}
        />
      </section>

      <section className="panel" aria-labelledby="retention-title">
        <h2 id="retention-title">True retention, last 30 days</h2>
        <p>
          {reviewed > 0
            ? `${percent(recalled / reviewed)} of ${plural(reviewed, 'review')} of learnt cards were recalled; your desired retention is ${percent(desiredRetention)} (dashed line).`
            : 'No reviews of learnt cards in the last 30 days yet.'}
        </p>
        <Bars
          values={retention.map((b) => b.retention)}
          labels={retention.map((b) => dayName(b.day))}
          xTitle="Week starting"
          yTitle="Reviews recalled"
          max={1}
          line={desiredRetention}
          format={percent}
          label={`Share of reviews recalled per week, against the desired retention of ${percent(desiredRetention)}`}
        />
        <DataTable
          caption="True retention per week"
          head={['Week from', 'Reviews', 'Recalled']}
          rows={retention.map((b) => [
            dayName(b.day),
            b.reviews,
            b.retention === null ? '—' : percent(b.retention),
          ])}
        />
      </section>

      <section className="panel" aria-labelledby="readiness-title">
        <h2 id="readiness-title">Readiness per section</h2>
        <NamedBars
          rows={sections.map((s) => ({ name: s.title, value: s.mean }))}
          format={percent}
          label="Mean predicted recall per section, new cards counting as 0"
        />
        <DataTable
          caption="Mean predicted recall now"
          head={['Section', 'Recall now']}
          rows={sections.map((s) => [s.title, percent(s.mean)])}
        />
      </section>
    </section>
  );
}
