import type { Page } from '@playwright/test';

/** The page's uncaught errors and console errors (CSP included), as they happen: a test expects none. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}
