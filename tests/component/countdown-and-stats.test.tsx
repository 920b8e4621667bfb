// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Fixed dates: the clock module is the one place that reads time.
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { default: CountdownPanel } =
  await import('../../src/features/countdown/countdown-panel.tsx');
const { StatsPage } = await import('../../src/features/stats/stats-page.tsx');
const { findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

const DAY = 86_400_000;
const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');

beforeEach(() => {
  resetStores();
});

describe('interview countdown panel', () => {
  it('shows days left, readiness now and on the day, and today’s plan', () => {
    useProgress.getState().updateSettings({ interviewAt: clock.time + 14 * DAY - 3 * 3_600_000 });
    render(<CountdownPanel deck={deck} />);
    expect(screen.getByRole('heading', { name: 'Interview in 14 days' })).toBeVisible();
    expect(screen.getByText('Readiness now').nextElementSibling).toHaveTextContent(
      '0% (52 below target)',
    );
    expect(screen.getByText('Projected on the day').nextElementSibling).toHaveTextContent(
      /^9\d% \(0 below target\)$/,
    );
    expect(screen.getByText('Today’s plan').nextElementSibling).toHaveTextContent(
      '0 reviews, 6 new, about 5 minutes',
    );
    expect(screen.getByText(/^On track/)).toBeVisible();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(10);
  });

  it('says plainly when the plan is behind: over the daily budget', () => {
    useProgress
      .getState()
      .updateSettings({ interviewAt: clock.time + 3 * DAY - 3 * 3_600_000, dailyMinutes: 5 });
    render(<CountdownPanel deck={deck} />);
    expect(screen.getByText('Today’s plan').nextElementSibling).toHaveTextContent(
      '0 reviews, 26 new, about 20 minutes',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      "Behind. Today's plan needs about 20 minutes, over your 5-minute budget",
    );
  });

  it('shows nothing without an interview date', () => {
    const { container } = render(<CountdownPanel deck={deck} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('statistics page', () => {
  it('draws real reviews: the heatmap, the forecast and per-section readiness', () => {
    const grade = useProgress.getState().grade;
    const scheduler = schedulerFor(0.9);
    grade('aws-backend-interview/what-is-aws', 4, clock.time - 2 * DAY, scheduler);
    grade('aws-backend-interview/what-is-ec2', 4, clock.time - DAY, scheduler);
    render(<StatsPage />);
    expect(
      screen.getByRole('img', {
        name: /Reviews per day over the last 12 months: 2 reviews on 2 days/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /Cards due per day over the next 30 days: 2 in all, 0 today/,
      }),
    ).toBeInTheDocument();
    const readiness = screen.getByRole('table', { name: 'Mean predicted recall now' });
    expect(within(readiness).getByRole('row', { name: /AWS Basics/ })).toHaveTextContent(
      /20%|19%|18%/,
    );
  });
});
