// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { navigate, renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';
import { saveUserDeck } from '../support/go-notes.ts';

// Study, quiz and mock limited to a tag: from the Cards list's Tag menu, from a link, and from
// "Only cards tagged" in the quiz and mock set-up. Suspended cards stay out of all of them.

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const DAY = 86_400_000;
const AWS = 'aws-backend-interview';
const VPC = `${AWS}/what-is-a-vpc`;
const SUBNETS = `${AWS}/difference-between-public-and-private-subnets`;
const SECURITY_GROUP = `${AWS}/what-is-a-security-group`;
const CHANNEL = 'go-notes/what-is-a-channel';
/** The tagged cards that can be studied, by question. */
const AWS_TAGGED = ['What is a VPC?', 'Difference between public and private subnets?'];
const ALL_TAGGED = [...AWS_TAGGED, 'What is a channel?'];

const { findCard, openLibrary } = await import('../../src/store/decks/index.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

beforeAll(() => saveUserDeck());

// Four cards tagged "networking", one of them suspended; two others tagged "storage".
beforeEach(async () => {
  resetStores();
  const lib = await openLibrary();
  for (const key of [VPC, SUBNETS, SECURITY_GROUP, CHANNEL]) {
    if (!findCard(key)) throw new Error(`no card ${key}`);
    await lib.saveTags(key, ['networking'], clock.time);
  }
  await lib.setSuspended(SECURITY_GROUP, true, clock.time);
  await lib.saveTags(`${AWS}/what-is-ec2`, ['compute'], clock.time);
});

/** Goes through a study sitting, revealing and grading each card Easy: the questions asked. */
async function studyThrough(user: UserEvent): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 10; i++) {
    const question = screen.queryByRole('heading', { level: 2, name: /\?$/ });
    if (!question) break;
    const text = question.textContent ?? '';
    asked.push(text);
    await user.keyboard(' ');
    await user.keyboard('4');
    // The next card shows once the grade is in the journal (a moment later).
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: text })).toBeNull());
  }
  expect(screen.getByRole('heading', { level: 2, name: 'Session complete' })).toBeVisible();
  return asked;
}

const studyTitle = () => screen.getByRole('heading', { level: 1 });

describe('the Cards list’s Tag menu', () => {
  it('offers to study the tag’s cards, of every deck or of the deck chosen, suspended ones left out', async () => {
    const { user } = await renderApp('#/browse');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Tag' }), 'networking');
    const every = screen.getByRole('link', { name: 'Study these 3 cards' });
    expect(every).toHaveAttribute('href', '#/study?set=all&tag=networking');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), AWS);
    const deck = screen.getByRole('link', { name: 'Study these 2 cards' });
    expect(deck).toHaveAttribute('href', `#/decks/${AWS}/study?set=all&tag=networking`);

    await user.click(deck);
    await navigate(window.location.hash); // jsdom does not fire hashchange for a link click
    expect(await screen.findByRole('heading', { level: 1, name: 'Tag: networking' })).toBeVisible();
    expect((await studyThrough(user)).toSorted()).toEqual(AWS_TAGGED.toSorted());
  });

  it('has no study link before a tag is chosen', async () => {
    await renderApp('#/browse');
    await screen.findByRole('combobox', { name: 'Tag' });
    expect(screen.queryByRole('link', { name: /^Study these/ })).toBeNull();
  });
});

describe('a study sitting of a tag', () => {
  it('across every deck: exactly the tag’s cards that can be studied', async () => {
    const { user } = await renderApp('#/study?set=all&tag=networking');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Tag: networking');
    expect((await studyThrough(user)).toSorted()).toEqual(ALL_TAGGED.toSorted());
  });

  it('today’s only (set=due): a card not due today stays out', async () => {
    useProgress.getState().grade(VPC, 4, clock.time - DAY, schedulerFor(0.9));
    const { user } = await renderApp(`#/decks/${AWS}/study?set=due&tag=networking`);
    await screen.findByRole('heading', { level: 1 });
    expect(studyTitle()).toHaveTextContent('Tag: networking · today’s reviews');
    expect(await studyThrough(user)).toEqual(['Difference between public and private subnets?']);
  });
});

describe('quiz and mock limited to a tag', () => {
  it('the quiz offers "Only cards tagged" and asks only those cards', async () => {
    const { user } = await renderApp('#/quiz');
    const only = await screen.findByRole('combobox', { name: 'Only cards tagged' });
    // Counted over the cards that can be asked: the suspended one is not.
    expect(
      within(only)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any tag', 'compute (1)', 'networking (3)']);
    await user.selectOptions(only, 'networking');
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('button', { name: 'Start a quiz of 2' }));

    const asked: string[] = [];
    for (let i = 0; i < 2; i++) {
      asked.push(screen.getByRole('heading', { level: 1 }).textContent ?? '');
      await user.keyboard(' ');
      await user.keyboard('3');
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quiz done: 2 of 2 Good');
    expect(new Set(asked).size).toBe(2);
    for (const question of asked) expect(ALL_TAGGED).toContain(question);
  });

  it('a link chooses the tag, with the deck', async () => {
    await renderApp(`#/quiz?deck=${AWS}&tag=networking`);
    expect(await screen.findByRole('combobox', { name: 'Only cards tagged' })).toHaveValue(
      'networking',
    );
    expect(screen.getByRole('button', { name: 'Start a quiz of 2' })).toBeEnabled();
  });

  it('the mock interview takes the tag from its link too', async () => {
    const { user } = await renderApp('#/mock?tag=networking');
    const only = await screen.findByRole('combobox', { name: 'Only cards tagged' });
    expect(only).toHaveValue('networking');
    expect(screen.getByRole('button', { name: 'Start: 3 questions' })).toBeEnabled();
    await user.selectOptions(only, 'Any tag');
    expect(screen.getByRole('button', { name: 'Start: 8 questions' })).toBeEnabled();
  });

  it('a tag no card has is no tag, and the menu is not shown when no card has one', async () => {
    await renderApp('#/quiz?tag=nowhere');
    expect(await screen.findByRole('combobox', { name: 'Only cards tagged' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Start a quiz of 10' })).toBeEnabled();

    const lib = await openLibrary();
    for (const key of [VPC, SUBNETS, SECURITY_GROUP, CHANNEL, `${AWS}/what-is-ec2`])
      await lib.saveTags(key, [], clock.time);
    await navigate('#/quiz?tag=networking');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Only cards tagged' })).toBeNull();
  });
});
