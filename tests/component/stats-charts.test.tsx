// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Fixed dates: the clock module is the one place that reads time.
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { StatsPage } = await import('../../src/features/stats/stats-page.tsx');
const { Bars } = await import('../../src/features/stats/charts.tsx');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

const DAY = 86_400_000;

beforeEach(() => {
  resetStores();
});

describe('statistics charts carry their own labels', () => {
  it('names axes, shows the scale and a number over each bar, and the first label whole', () => {
    render(
      <Bars
        values={[3, 0, 7]}
        labels={['Today', 'Nov 27', 'Nov 28']}
        xTitle="Day"
        yTitle="Cards due"
        label="Cards due per day"
      />,
    );
    const chart = screen.getByRole('img', { name: 'Cards due per day' });
    expect(within(chart).getByText('Day')).toBeInTheDocument();
    expect(within(chart).getByText('Cards due')).toBeInTheDocument();
    // The scale: its top is the largest value, its bottom zero.
    expect(within(chart).getAllByText('7')).toHaveLength(2);
    expect(within(chart).getAllByText('0')).toHaveLength(1);
    expect(within(chart).getByText('3')).toBeInTheDocument();
    expect(within(chart).getByText('Today')).toBeInTheDocument();
  });

  it('labels readiness by section name and retention by week, with their values', () => {
    const grade = useProgress.getState().grade;
    const scheduler = schedulerFor(0.9);
    grade('aws-backend-interview/what-is-aws', 3, clock.time - 20 * DAY, scheduler);
    grade('aws-backend-interview/what-is-aws', 3, clock.time - 10 * DAY, scheduler);
    grade('aws-backend-interview/what-is-aws', 3, clock.time - 2 * DAY, scheduler);
    render(<StatsPage />);

    const readiness = screen.getByRole('img', { name: /Mean predicted recall per section/ });
    expect(within(readiness).getByText('🟢 AWS Basics')).toBeInTheDocument();
    expect(
      within(readiness).getByText('⚙️ Compute Services (EC2, Lambda, Containers)'),
    ).toBeInTheDocument();
    expect(within(readiness).queryByText('1')).toBeNull();
    expect(within(readiness).getAllByText(/^\d+%$/)).toHaveLength(9);

    const retention = screen.getByRole('img', { name: /Share of reviews recalled per week/ });
    expect(within(retention).getByText('Week starting')).toBeInTheDocument();
    expect(within(retention).getByText('Reviews recalled')).toBeInTheDocument();
    // The desired retention's dashed line carries its value; weeks with reviews show theirs.
    expect(within(retention).getAllByText('90%').length).toBeGreaterThan(0);
    expect(within(retention).getAllByText('100%').length).toBeGreaterThan(1);

    const forecast = screen.getByRole('img', { name: /Cards due per day over the next 30 days/ });
    expect(within(forecast).getByText('Today')).toBeInTheDocument();
    expect(within(forecast).getByText('Cards due')).toBeInTheDocument();
  });
});
