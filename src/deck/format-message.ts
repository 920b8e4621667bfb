import type { DeckMessage } from './types.ts';

/** `content/x.md:12:1: Empty answer …` — the shape editors and terminals link to. */
export function formatMessage(message: DeckMessage): string {
  const label = message.severity === 'warning' ? 'warning: ' : '';
  return `${message.path}:${message.line}:${message.column}: ${label}${message.reason} [${message.ruleId}]`;
}
