import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Titles of the parts of a page that are about the page: contents, back to top, and so on. */
const NAVIGATION_TITLE =
  /^(?:[⬆↑⇧^]\s*)?(?:(?:hide|show)(?:\s*\/\s*(?:hide|show))?\s+)?(?:table\s+of\s+contents?|contents|toc|index|back\s+to\s+(?:the\s+)?top|índice|indice|contenido|tabla\s+de\s+contenidos?|sommaire|table\s+des\s+matières|inhalt(?:sverzeichnis)?|содержание|оглавление|目录|目錄|목차|目次)\s*[:：]?$/iu;

/** Closing parts of a page: credits, licences, links elsewhere. */
const FOOTER_TITLE =
  /licen[cs]e|licencia|лицензи|许可|copyright|contribut|credits?|acknowledg|thanks|sponsor|support(?:ers)?|author|about (?:the )?author|references|sources?|further reading|see also|links|resources|donat|источник|ссылк|fuentes|enlaces|referencias|agradecimientos|参考|鸣谢|출처|참고/i;

/** Whether a heading's text names a table of contents or a "back to top" link. */
export const isNavigationTitle = (text: string): boolean => NAVIGATION_TITLE.test(text.trim());

/**
 * Whether a heading after the last question closes the page rather than asks: a credits,
 * licence or links title, or content that is mostly links.
 */
export function looksLikeFooter(title: string, below: readonly RootContent[]): boolean {
  if (FOOTER_TITLE.test(title)) return true;
  let links = 0;
  let items = 0;
  for (const node of below) {
    if (node.type === 'list') {
      for (const item of node.children) {
        items++;
        if (/\]\(|https?:\/\//.test(JSON.stringify(item)) && toString(item).length < 200) links++;
      }
    }
  }
  return items >= 2 && links >= items * 0.8;
}
