// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Answer first (issue 14): type, reveal, see the key points covered and missed, confirm a grade.
clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { StudyPage } = await import('../../src/features/study/study-page.tsx');
const { findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');

const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');

beforeEach(() => {
  cleanup();
  resetStores();
  clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);
  useUiPrefs.setState({ answerFirst: false });
});

const listItems = (name: RegExp) =>
  within(screen.getByRole('heading', { name }).nextElementSibling as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

// Typing key by key is slow on a busy machine.
describe('answer first in study', { timeout: 30_000 }, () => {
  it('checks a typed answer against the key points, marks the suggested grade, and grades only on the key', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.click(box);
    // Digits, spaces and letters go into the box, not to the study shortcuts.
    await user.type(box, 'Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets');
    expect(useProgress.getState().log).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();
    expect(screen.getByText('58 of 20,000 characters')).toBeVisible();

    // Checking is the main action; the plain reveal steps back.
    expect(screen.getByRole('button', { name: /Check my answer/ })).toHaveClass('primary');
    expect(screen.getByRole('button', { name: /^Show answer/ })).toHaveClass('reveal-quiet');
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    const result = await screen.findByRole('region', { name: /of 8 key points/ });
    expect(result).toHaveAccessibleName('5 of 8 key points');
    // The typed answer stays, beside the model's points, with the words that matched marked.
    const yours = within(result).getByRole('region', { name: 'Your answer' });
    expect(yours).toHaveTextContent('Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets');
    expect([...yours.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Cloud',
      'IaaS',
      'PaaS',
      'EC2',
      'S3',
    ]);
    expect(within(result).getByRole('region', { name: 'From the model answer' })).toBeVisible();
    expect(listItems(/^Covered/)).toEqual([
      // The point in full once checked, not cut after a few words.
      'AWS is a cloud computing platform offering IaaS, PaaS, and SaaS — providing services like EC2, S3, RDS, Lambda, and DynamoDB (you wrote: Cloud, IaaS, PaaS, EC2)',
      'IaaS (you wrote: IaaS)',
      'PaaS (you wrote: PaaS)',
      'EC2 (you wrote: EC2)',
      'S3 (you wrote: S3)',
    ]);
    expect(listItems(/^Missed/)).toEqual(['SaaS', 'RDS', 'Lambda']);
    // 5 of 8 is 62 %: Hard.
    expect(within(result).getByRole('status')).toHaveTextContent('Suggested: Hard.');
    const hard = screen.getByRole('button', { name: /^Hard/ });
    expect(hard).toHaveAccessibleDescription('Suggested');
    expect(screen.getByRole('button', { name: /^Good/ })).not.toHaveAccessibleDescription();
    expect(useProgress.getState().log).toHaveLength(0);

    await user.keyboard('3');
    expect(useProgress.getState().log.map((r) => [r.card, r.grade])).toEqual([
      ['aws-backend-interview/what-is-aws', 3],
    ]);
    // The next card starts with an empty box.
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('');
  });

  it('takes an empty answer: everything missed, Again suggested, Ctrl+Enter reveals', async () => {
    const user = userEvent.setup();
    useUiPrefs.setState({ answerFirst: true });
    render(<StudyPage deck={deck} />);
    await user.click(screen.getByRole('textbox', { name: 'Your answer' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const result = await screen.findByRole('region', { name: /key points/ });
    expect(result).toHaveAccessibleName('0 of 8 key points');
    expect(within(result).queryByRole('heading', { name: /^Covered/ })).toBeNull();
    expect(listItems(/^Missed/)).toHaveLength(8);
    expect(screen.getByRole('button', { name: /^Again/ })).toHaveAccessibleDescription('Suggested');
  });

  it('caps a pasted answer at 20,000 characters and says so', async () => {
    const user = userEvent.setup();
    useUiPrefs.setState({ answerFirst: true });
    render(<StudyPage deck={deck} />);
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.click(box);
    await user.paste('EC2 and S3. '.repeat(1_700)); // 20,400 characters
    expect(box).toHaveValue('EC2 and S3. '.repeat(1_700).slice(0, 20_000));
    expect(box).toHaveAccessibleDescription('Limit reached: 20,000 characters at most.');
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    expect(await screen.findByRole('region', { name: '2 of 8 key points' })).toBeVisible();
  });

  it('remembers the switch in the display preferences', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    expect(JSON.parse(localStorage.getItem('prepdeck:ui') ?? '{}')).toMatchObject({
      state: { answerFirst: true },
    });
  });
});

describe('answer first in a quiz', { timeout: 30_000 }, () => {
  it('suggests Good for an answer naming the key points and Again for an empty one', async () => {
    const { QuizPage } = await import('../../src/features/quiz/quiz-page.tsx');
    const { findCard } = await import('../../src/store/decks/catalogue.ts');
    const { loadAnswers } = await import('../../src/store/decks/answers.ts');
    const { extractKeyPoints } = await import('../../src/deck/key-points/index.ts');
    const user = userEvent.setup();
    useUiPrefs.setState({ answerFirst: true });
    render(<QuizPage />);
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('button', { name: 'Start a quiz of 2' }));

    // The questions are drawn at random: answer the first with its own key points, in words.
    const asked = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    const entry = deck.sections.flatMap((s) => s.cards).find((c) => c.questionText === asked);
    const key = `${deck.id}/${entry?.id ?? ''}`;
    const answer = (await loadAnswers(deck.id)).get(key) ?? '';
    const points = extractKeyPoints(answer, { question: findCard(key)?.card.questionText ?? '' });
    expect(points.length).toBeGreaterThan(0);
    await user.type(
      screen.getByRole('textbox', { name: 'Your answer' }),
      points.map((p) => p.text.replace('…', '')).join('. '),
    );
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: /key points/ });
    expect(screen.getByRole('status')).toHaveTextContent('Suggested: Good.');
    expect(screen.getByRole('button', { name: /^Good/ })).toHaveAccessibleDescription('Suggested');
    // The suggestion describes the button; its name stays what it does.
    expect(screen.getByRole('button', { name: /^Good/ })).toHaveAccessibleName('Good');
    await user.keyboard('3');

    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    const result = await screen.findByRole('region', { name: /^0 of \d key points/ });
    expect(within(result).getByRole('status')).toHaveTextContent('Suggested: Again.');
    expect(screen.getByRole('button', { name: /^Again/ })).toHaveAccessibleDescription('Suggested');
    await user.keyboard('1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quiz done: 1 of 2 Good');
  });
});

describe('answer first in a mock interview', { timeout: 30_000 }, () => {
  it('records the key points covered per typed answer and shows them in the summary', async () => {
    const { MockPage } = await import('../../src/features/mock/mock-page.tsx');
    const { useMock, MOCK_STORAGE_KEY } = await import('../../src/store/prefs/mock-store.ts');
    const user = userEvent.setup();
    useMock.setState({ run: null, history: [] });
    useUiPrefs.setState({ answerFirst: true });
    const keys = ['what-is-aws', 'what-is-edge-location'].map((id) => `${deck.id}/${id}`);
    useMock.getState().start({ keys, seconds: 120, countAsReviews: false }, clock.time);
    render(<MockPage />);

    await user.type(
      screen.getByRole('textbox', { name: 'Your answer' }),
      'Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets',
    );
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: '5 of 8 key points' });
    await user.keyboard('2'); // Hard

    // The second is answered aloud only: no typed answer, nothing recorded for it.
    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    await user.click(screen.getByRole('button', { name: /^I have answered/ }));
    expect(screen.queryByRole('region', { name: /key points/ })).toBeNull();
    await user.keyboard('1'); // Again

    expect(useMock.getState().run?.coverage).toEqual([{ covered: 5, total: 8 }, null]);
    expect(screen.getByText('Key points in your 1 typed answer: 5 of 8.')).toBeVisible();
    expect(screen.getByText(/Hard, .*, 5 of 8 key points/)).toBeVisible();

    // A run saved before coverage was recorded still loads.
    const old = { ...useMock.getState().run, coverage: undefined };
    cleanup();
    useMock.setState({ run: null }); // (this writes to storage too, so first)
    localStorage.setItem(
      MOCK_STORAGE_KEY,
      JSON.stringify({ state: { run: old, history: [] }, version: 1 }),
    );
    await useMock.persist.rehydrate();
    expect(useMock.getState().run?.scores).toEqual(['partial', 'missed']);
    render(<MockPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mock interview done');
    expect(screen.queryByText(/Key points in your/)).toBeNull();
  });
});
