/**
 * GitHub's emoji shortcodes in headings (`## :question: FAQ`, `# Launcher :video_game:`): drawn
 * as pictures there, left as words here they hid a part's name from every rule that reads it
 * ("FAQ", "Installation") and stayed in titles. Only headings and titles: in an answer `:name:`
 * may be code or a time. Line numbers still match the file.
 */
const HEADING_WITH_SHORTCODE = /^ {0,3}#{1,6}[ \t](?:.*\s)?(?::[a-z0-9_+-]+:)+(?=\s|$).*$/gm;
/** One shortcode, or several written together (`:fire::fire:`), as a word of its own. */
const SHORTCODES = /(^|\s)(?::[a-z0-9_+-]+:)+(?=\s|$)/g;

export function withoutHeadingShortcodes(text: string): string {
  return text.replace(HEADING_WITH_SHORTCODE, (line) =>
    withoutShortcodes(line).replace(/(#{1,6})[ \t]{2,}/, '$1 '),
  );
}

/** A title's words without its shortcodes (`multiple option quiz :fire::fire:`). */
export function withoutShortcodes(title: string): string {
  return title.replace(SHORTCODES, '$1').replace(/[ \t]+$/, '');
}
