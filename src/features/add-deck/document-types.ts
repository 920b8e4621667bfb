/**
 * The files a file picker offers for a deck: what the importer reads (markdown and MDX, plain
 * text, reStructuredText, AsciiDoc, Org, CSV and TSV, Anki's text export). A file of another
 * name can still be chosen with the picker's "All files".
 */
export const DOCUMENT_TYPES = [
  '.md,.markdown,.mdx,.txt,.text,.rst,.adoc,.asciidoc,.org,.csv,.tsv',
  'text/markdown,text/plain,text/csv,text/tab-separated-values',
].join(',');
