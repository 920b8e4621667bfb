import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Titles of the parts of a page that are about the page: contents, back to top, and so on. */
const NAVIGATION_TITLE =
  /^(?:[⬆↑⇧^]\s*)?(?:(?:hide|show)(?:\s*\/\s*(?:hide|show))?\s+)?(?:table\s+of\s+contents?|contents|toc|index|back\s+to\s+(?:the\s+)?(?:top|home(?:\s*page)?|index|main\s+page|readme)|返回(?:主页|首页|目录|顶部)|回到(?:顶部|首页|目录)|índice|indice|contenido|tabla\s+de\s+contenidos?|sommaire|table\s+des\s+matières|inhalt(?:sverzeichnis)?|содержание|оглавление|目录|目錄|목차|目次)\s*[:：]?$/iu;

/** Closing parts of a page: credits, licences, links elsewhere (the title starts so). */
const FOOTER_TITLE =
  /^\W*(?:licen[cs]es?|licencia|lizenz|лицензи|许可|copyright|contribut\w*|contributors|credits?|acknowledg\w*|thanks|thank you|sponsors?|supporters?|backers|authors?|about (?:the )?authors?|maintainers|references|sources?|further reading|see also|(?:useful |other |more )?links|(?:further |more |other )?resources|donat\w*|support (?:the|this) project|star history|mitwirkende|danksagung|quellen|remerciements|contributeurs|источники|ссылки|благодарности|fuentes|enlaces|referencias|agradecimientos|colaboradores|参考|鸣谢|致谢|贡献者|출처|참고|기여자)(?:\s|[:：.!]|$)/i;

/** An introduction's title: what comes before the questions without being one. */
const INTRODUCTION_TITLE =
  /^\W*(?:intro(?:duction)?|about(?: this| the)?(?: (?:list|repo(?:sitory)?|project|guide|document))?|overview|preface|foreword|prerequisites|how to (?:use|read)(?: this)?(?: \w+)?|사용 ?방법|사용법|이용 ?방법|使用方法|使用说明|使い方|c[óo]mo usar(?: este| esta)?(?: \w+)?|getting started|disclaimer|notes?|purpose|motivation|summary|background|welcome|introducción|introduction|einleitung|vorwort|введение|предисловие|前言|简介|介绍|소개|들어가며|はじめに)(?:\s|[:：.!]|$)/i;

/** Headings that ask the reader to get in touch, not an interview question. */
const CLOSING_QUESTION =
  /^\W*(?:still have (?:any |more )?questions|(?:any |have )?(?:other|more|further) questions|(?:your|my) own questions|have a question|got questions|need (?:more )?help|(?:additional|further|more) (?:help|assistance|support)|getting help|get in touch|contact(?: us)?|asistencia adicional|(?:más|mas) ayuda|ayuda adicional|contacto|ajuda adicional|mais ajuda|contato|aide suppl[ée]mentaire|weitere hilfe|kontakt|дополнительная помощь|контакты|questions or (?:comments|suggestions|feedback)|found (?:a|an) (?:bug|error|mistake|typo))\b/i;

/**
 * A part of a page named as its FAQ: "FAQ", "Frequently asked questions", "FAQ on branding",
 * in several languages. Not "Questions" alone, nor "Вопросы по JS": interview notes name
 * their parts so, beside parts of terms or tasks that are cards too.
 */
const QUESTIONS_TITLE =
  /^[^\p{L}]*(?:f\.?a\.?q\.?s?|frequently asked(?: questions)?|preguntas frecuentes|perguntas frequentes|foire aux questions|h[äa]ufig gestellte fragen|часто задаваемые вопросы|常见问题|常見問題|よくある質問|자주 묻는 질문)(?:$|[^\p{L}])/iu;

/**
 * The parts of a project's README around its FAQ: how to install and use it, its API, its
 * team. Headings there that do not ask are not questions once the page has an FAQ.
 */
const README_PART =
  /\b(?:install\w*|uninstall\w*|warnings?|caveats?|troubleshoot\w*|usage|use|using|api|examples?|getting started|quick ?start|options?|config\w*|contribut\w*|team|maintainers?|licen[cs]e|features?|related|ecosystem|plugins?|integrations?|benchmarks?|performance|changelog|support|sponsors?|compatib\w*|known|methods?|propert\w*|events?|arguments?|parameters?|reference|development|building|tests?|setup|requirements|documentation|docs|errors?|security)\b/i;

export const isReadmePart = (text: string): boolean => README_PART.test(text.trim());

/** What only a project's README says how to do: install it, use it, call it, configure it. */
const README_CORE_WORDS =
  'install(?:ation|ing)?|usage|getting started|quick ?start|api|config(?:uration)?|setup';
/** A heading that only a project's README has, named by one word or two: `## Install`. */
const README_HEADING_WORDS = `${README_CORE_WORDS}|contributing|licen[cs]e|requirements|prerequisites?|changelog|develop(?:ment)?|docs|tests|run|plugins|related projects|integrations`;
/** The heading's whole text is one of `words`, marks around it allowed. */
const wholly = (words: string) => new RegExp(`^[^\\p{L}]*(?:${words})[^\\p{L}]*$`, 'iu');
const README_HEADING = wholly(README_HEADING_WORDS);
const README_CORE = wholly(README_CORE_WORDS);

export const isReadmeHeading = (text: string): boolean => README_HEADING.test(text.trim());

export const isReadmeCore = (text: string): boolean => README_CORE.test(text.trim());

export const isQuestionsTitle = (text: string): boolean => QUESTIONS_TITLE.test(text.trim());

export const isIntroductionTitle = (text: string): boolean => INTRODUCTION_TITLE.test(text.trim());

/** A heading about the page rather than a question: contents, an introduction, a footer. */
export const isFurnitureTitle = (text: string): boolean =>
  NAVIGATION_TITLE.test(text.trim()) ||
  INTRODUCTION_TITLE.test(text.trim()) ||
  FOOTER_TITLE.test(text) ||
  CLOSING_QUESTION.test(text);
export const isClosingQuestion = (text: string): boolean => CLOSING_QUESTION.test(text.trim());

/** A part named as one that closes a page: credits, licence, links, "still have questions?". */
export const isFooterTitle = (text: string): boolean =>
  FOOTER_TITLE.test(text) || CLOSING_QUESTION.test(text);

/** Whether a heading's text names a table of contents or a "back to top" link. */
export const isNavigationTitle = (text: string): boolean => NAVIGATION_TITLE.test(text.trim());

/**
 * Whether a heading after the last question closes the page rather than asks: a credits,
 * licence or links title, or content that is mostly links.
 */
export function looksLikeFooter(title: string, below: readonly RootContent[]): boolean {
  if (FOOTER_TITLE.test(title) || CLOSING_QUESTION.test(title)) return true;
  let links = 0;
  let items = 0;
  let prose = 0;
  for (const node of below) {
    if (node.type === 'paragraph') prose += toString(node).length;
    if (node.type === 'list') {
      for (const item of node.children) {
        items++;
        if (/\]\(|https?:\/\//.test(JSON.stringify(item)) && toString(item).length < 200) links++;
      }
    }
  }
  // Links said in sentences around them ("Ask in the forum or the chat… We are glad to help")
  // answer; a footer's links have a line to introduce them at most.
  // A part is named ("Links", "Useful resources"); a sentence ("I am stuck on something.") is
  // an entry, and links may answer it.
  const named = !/[.!?。？！]\s*$/.test(title) && title.split(/\s+/).length <= 6;
  return named && items >= 2 && links >= items * 0.8 && prose <= 200;
}
