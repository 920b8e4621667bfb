// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Fixed dates: the clock module is the one place that reads time (UTC here).
clock.time = 0;

const { default: CountdownPanel } =
  await import('../../src/features/countdown/countdown-panel.tsx');
const { DeckPage } = await import('../../src/features/deck-page/deck-page.tsx');
const { deckEntries, findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');
const { simulate } = await import('../../src/srs/simulate.ts');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Day 1 of a 14-day countdown: 8 am; the interview is at 9 am on day 15. */
const START = Date.UTC(2026, 10, 2, 8, 0, 0);
const INTERVIEW = START + 14 * DAY + HOUR;
const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');
const keys = deckEntries(deck.id).map((e) => e.key);
const scheduler = schedulerFor(0.9);

beforeEach(() => {
  resetStores();
  useProgress.getState().updateSettings({ interviewAt: INTERVIEW });
  clock.time = START;
});

/** The states of a learner who did the plain queue (20 new a day) on days 1–2 only. */
function studiedDaysOneAndTwo() {
  const { states } = simulate({
    cards: keys,
    scheduler,
    strategy: { kind: 'fsrs', newPerDay: 20 },
    start: START,
    interview: { at: INTERVIEW, target: 0.95 },
    seed: 3,
    studyDays: 2,
  });
  useProgress.setState({ cards: states });
}

describe('an honest countdown', () => {
  it('after skipping days 3–8 of 14 it says behind, not on track', () => {
    studiedDaysOneAndTwo();
    clock.time = START + 8 * DAY + 2 * HOUR;
    render(<CountdownPanel deck={deck} />);
    expect(screen.getByRole('heading', { name: 'Interview in 6 days' })).toBeVisible();
    expect(screen.getByText('Readiness now').nextElementSibling).toHaveTextContent(/^6\d% /);
    expect(screen.queryByText(/^On track/)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Behind\. 40 cards were due on days already past: today’s plan catches them up/,
    );
  });
});

describe('one primary action with a countdown', () => {
  const primaries = (container: HTMLElement) => container.querySelectorAll('.primary');

  it('the plan is the one primary button; the plain queue stays as a link', async () => {
    const { container } = render(
      <DeckPage deck={deck} countdown={<CountdownPanel deck={deck} />} />,
    );
    // The countdown panel loads on demand.
    const plan = await screen.findByRole('link', { name: 'Study today’s plan · 6 cards' });
    expect(primaries(container)).toHaveLength(1);
    expect(primaries(container)[0]).toBe(plan);
    const plain = screen.getByRole('link', { name: 'Study now · 20 cards' });
    expect(plain).not.toHaveClass('primary');
  });

  it('without a date, Study now is the one primary button', () => {
    useProgress.getState().updateSettings({ interviewAt: null });
    const { container } = render(
      <DeckPage deck={deck} countdown={<CountdownPanel deck={deck} />} />,
    );
    expect(primaries(container)).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Study now · 20 cards' })).toHaveClass('primary');
  });

  it('studying the plan to the end leaves it done: no more asked of today', async () => {
    const { unmount } = render(<DeckPage deck={deck} countdown={<CountdownPanel deck={deck} />} />);
    const link = await screen.findByRole('link', { name: 'Study today’s plan · 6 cards' });
    const ids = new URLSearchParams(link.getAttribute('href')?.split('?')[1]).get('set');
    unmount();
    const planned = (ids ?? '').replace('cards:', '').split(',');
    expect(planned).toHaveLength(6);
    planned.forEach((id, i) => {
      clock.time = START + HOUR + i * 60_000;
      useProgress.getState().grade(`${deck.id}/${id}`, 3, clock.time, scheduler);
    });
    clock.time += 30 * 60_000;
    const { container } = render(
      <DeckPage deck={deck} countdown={<CountdownPanel deck={deck} />} />,
    );
    expect(await screen.findByText(/^Today’s plan is done/)).toBeVisible();
    expect(screen.queryByRole('link', { name: /Study today’s plan/ })).toBeNull();
    expect(primaries(container)).toHaveLength(0);
    // The plan as planned this morning: 6 new.
    expect(screen.getByText('Today’s plan').nextElementSibling).toHaveTextContent(
      '0 reviews, 6 new',
    );
  });
});

describe('interview day', () => {
  it('at 8:00 before a 9:00 interview: a warm-up of the weakest cards as a cram round, then good luck', () => {
    studiedDaysOneAndTwo();
    clock.time = INTERVIEW - HOUR;
    render(<CountdownPanel deck={deck} />);
    const panel = screen.getByRole('region', { name: /^Interview today at 9:00/ });
    const warmUp = within(panel).getByRole('link', { name: 'Warm up · 8 cards' });
    const href = warmUp.getAttribute('href') ?? '';
    expect(href).toContain('cram=1');
    const ids = (new URLSearchParams(href.split('?')[1]).get('set') ?? '')
      .split(':')[1]
      ?.split(',');
    expect(ids).toHaveLength(8);
    // The weakest: no studied card left out has a lower predicted recall than one chosen.
    const recall = (id: string) =>
      scheduler.retrievability(useProgress.getState().cards[`${deck.id}/${id}`] ?? null, INTERVIEW);
    const chosen = Math.max(...(ids ?? []).map(recall));
    const studied = keys
      .filter((k) => useProgress.getState().cards[k])
      .map((k) => k.split('/')[1] ?? '');
    const others = studied.filter((id) => !ids?.includes(id)).map(recall);
    expect(Math.min(...others)).toBeGreaterThanOrEqual(chosen);
    expect(within(panel).getByText(/Good luck/)).toBeVisible();
  });

  it('with nothing studied there is no warm-up, only good luck', () => {
    clock.time = INTERVIEW - HOUR;
    render(<CountdownPanel deck={deck} />);
    expect(screen.getByRole('heading', { name: /^Interview today/ })).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Good luck/)).toBeVisible();
  });

  it('after the interview: clear the date', async () => {
    clock.time = INTERVIEW + HOUR;
    const user = userEvent.setup();
    const { container } = render(<CountdownPanel deck={deck} />);
    expect(screen.getByRole('heading', { name: /^Your interview was/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear the interview date' }));
    expect(useProgress.getState().settings.interviewAt).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });

  it('after the interview: move it to a new date, typed key by key', async () => {
    clock.time = INTERVIEW + HOUR;
    const user = userEvent.setup();
    render(<CountdownPanel deck={deck} />);
    const field = screen.getByLabelText('Or move it to a new date');
    await user.clear(field);
    await user.type(field, '2026-11-25');
    expect(useProgress.getState().settings.interviewAt).toBe(Date.UTC(2026, 10, 25, 9, 0, 0));
    expect(await screen.findByRole('heading', { name: /^Interview in \d+ days$/ })).toBeVisible();
  });

  it('a past date is refused with a message, and the date is kept', async () => {
    clock.time = INTERVIEW + HOUR;
    const user = userEvent.setup();
    render(<CountdownPanel deck={deck} />);
    const field = screen.getByLabelText('Or move it to a new date');
    await user.clear(field);
    await user.type(field, '2026-11-01');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('That date has passed');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(useProgress.getState().settings.interviewAt).toBe(INTERVIEW);
  });
});
