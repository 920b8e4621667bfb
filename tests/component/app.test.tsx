// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';

describe('first screen, deck page and section reader', () => {
  it('Home: one Study now over every deck, then a row per deck leading to its page', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Study now · 20 cards' })).toHaveAttribute(
      'href',
      '#/study',
    );
    const row = screen.getByRole('region', { name: /AWS Interview Questions/ });
    expect(within(row).getByText('52 cards · 0 learned')).toBeVisible();
    // The deck's own study gives what the one above gives: it is the only deck.
    expect(within(row).getByRole('link', { name: 'Study · 20 cards' })).toHaveAttribute(
      'href',
      '#/decks/aws-backend-interview/study',
    );
    expect(within(row).getByRole('link', { name: /AWS Interview Questions/ })).toHaveAttribute(
      'href',
      '#/decks/aws-backend-interview',
    );
  });

  it('a deck page lists its sections with card counts, the total and its ways in', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: /AWS Interview Questions/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /AWS Interview Questions/ }),
    ).toBeVisible();
    expect(screen.getByText(/cards in/)).toHaveTextContent('52 cards in 9 sections');
    const rows = document.querySelectorAll('.deck-page-section');
    expect(rows).toHaveLength(9);
    expect(rows[0]).toHaveTextContent(/^🟢 AWS Basics5 cards/);
    expect(rows[8]).toHaveTextContent(/^Serverless & CORS2 cards/);
    expect(screen.getByRole('link', { name: 'Study now · 20 cards' })).toHaveAttribute(
      'href',
      '#/decks/aws-backend-interview/study',
    );
    expect(screen.getByRole('button', { name: 'Export for Anki' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: '← All decks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  });

  it('opens a section, shows the question first and the answer on reveal', async () => {
    await renderApp('#/decks/aws-backend-interview');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: '🌐 Networking & Security' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What is a VPC?' })).toBeVisible();
    expect(screen.getByText(/card 1 of 7/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();

    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    // The answers load on demand (a separate chunk), the first time slowly under test.
    expect(await screen.findByText(/Virtual Private Cloud/)).toBeVisible();
  });

  it('flips with the keyboard: Space reveals, arrows move, each card starts hidden', async () => {
    const user = userEvent.setup();
    await renderApp('#/decks/aws-backend-interview/sections/networking-security/4');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Difference between Security Group and NACL?',
    );
    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(await within(answer).findByRole('table')).toBeVisible();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What is Route 53?');
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Security Group and NACL');
  });

  it('says so when a link points nowhere', async () => {
    await renderApp('#/decks/nope/sections/nothing');
    expect(await screen.findByRole('heading', { name: 'Nothing here' })).toBeVisible();
  });
});
