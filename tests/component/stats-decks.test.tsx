// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';
import { saveUserDeck } from '../support/go-notes.ts';

// Fixed dates: Thursday 26 November 2026, noon UTC.
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const DAY = 86_400_000;

const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

const GO_NOTES = '# Go notes\n\n## Concurrency\n\n### What is a goroutine?\n\nA light thread.\n';

beforeAll(() => saveUserDeck(GO_NOTES));

beforeEach(() => {
  resetStores();
  const grade = useProgress.getState().grade;
  const scheduler = schedulerFor(0.9);
  grade('aws-backend-interview/what-is-aws', 3, clock.time - 3 * DAY, scheduler);
  grade('aws-backend-interview/what-is-ec2', 3, clock.time - 2 * DAY, scheduler);
  grade('go-notes/what-is-a-goroutine', 3, clock.time - DAY, scheduler);
});

const heatmap = () => screen.getByRole('img', { name: /^Reviews per day over the last 12 months/ });

describe('statistics per deck', () => {
  it('every deck by default, sections named with their deck; one deck when chosen', async () => {
    await renderApp('#/stats');
    const deck = await screen.findByRole('combobox', { name: 'Deck' });
    expect(heatmap()).toHaveAccessibleName(/3 reviews on 3 days/);
    const readiness = screen.getByRole('table', { name: 'Mean predicted recall now' });
    expect(
      within(readiness).getByRole('row', { name: /^Go notes · Concurrency/ }),
    ).toBeInTheDocument();

    window.location.hash = '#/stats?deck=go-notes';
    expect(await screen.findByRole('img', { name: /1 review on 1 day/ })).toBeInTheDocument();
    expect(deck).toHaveValue('go-notes');
    const rows = within(screen.getByRole('table', { name: 'Mean predicted recall now' }));
    expect(rows.getAllByRole('row').map((r) => r.textContent)).toEqual([
      'SectionRecall now',
      expect.stringMatching(/^Concurrency\d+%$/),
    ]);
  });

  it('the heatmap names the months above it and Mon, Wed, Fri beside it', async () => {
    await renderApp('#/stats');
    await screen.findByRole('combobox', { name: 'Deck' });
    const labels = [...heatmap().querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Mon', 'Wed', 'Fri', 'Nov', 'Dec', 'Jan']));
    // Twelve months and a bit: every month named once, the current one last.
    expect(labels.filter((l) => l === 'Nov')).toHaveLength(2);
    // The last cell is today, in Thursday's row (Monday is the top row).
    const cells = [...heatmap().querySelectorAll('rect')];
    expect(cells.at(-1)?.getAttribute('y')).toBe(String(14 + 3 * 12));
    // Its tooltip says the day and its reviews (added once the map's first frame is painted).
    await waitFor(() =>
      expect(cells.at(-1)?.querySelector('title')?.textContent).toBe(
        'Thu, Nov 26, 2026: 0 reviews',
      ),
    );
  });
});
