import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import http from 'highlight.js/lib/languages/http';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

/**
 * The languages a backend interview deck uses, not all of highlight.js's 190: this chunk
 * loads with the markdown renderer, on demand. Each grammar brings its aliases (js, yml, sh…).
 */
export const CODE_LANGUAGES = {
  bash,
  dockerfile,
  go,
  http,
  java,
  javascript,
  json,
  python,
  sql,
  typescript,
  xml,
  yaml,
};
