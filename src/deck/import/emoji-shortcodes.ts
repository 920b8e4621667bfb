import { rewriteOutsideFences } from '../fence.ts';

/**
 * GitHub's emoji shortcodes around a heading's words (`## :question: FAQ`, `# Launcher
 * :video_game:`): drawn as pictures there, left as words here they hid a part's name from every
 * rule that reads it ("FAQ", "Installation") and stayed in titles. Only at a heading's start or
 * end, outside code: inside its words `:doc:` is a Sphinx role, in an answer `:name:` may be a
 * time. Line numbers still match the file.
 */
const HEADING = /^( {0,3}#{1,6}[ \t]+)(.*)$/;
/** Shortcodes (one, or several written together: `:fire::fire:`) opening or closing a title. */
const LEADING = /^(?:(?::[a-z0-9_+-]+:)+[ \t]+)+/;
const TRAILING = /(?:[ \t]+(?::[a-z0-9_+-]+:)+)+[ \t]*$/;

export function withoutHeadingShortcodes(text: string): string {
  if (!/^ {0,3}#.*:[a-z0-9_+-]+:/m.test(text)) return text;
  return rewriteOutsideFences(text, (line) => {
    const heading = HEADING.exec(line);
    return heading ? `${heading[1]}${withoutShortcodes(heading[2] ?? '')}` : line;
  });
}

/** A title's words without the shortcodes around them (`multiple option quiz :fire::fire:`). */
export function withoutShortcodes(title: string): string {
  const words = title.replace(TRAILING, '').replace(LEADING, '');
  return words.trim() === '' ? title : words;
}
