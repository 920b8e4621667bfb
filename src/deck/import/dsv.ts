export interface Row {
  readonly cells: string[];
  /** 1-based line where the row starts (quoted fields may span lines). */
  readonly line: number;
}

/**
 * Splits delimiter-separated text into rows (RFC 4180): fields in double quotes may hold the
 * separator, line breaks and `""` for a quote. `skip` says which lines are not data (Anki's
 * `#` header lines). An unterminated quote runs to the end, as spreadsheets read it.
 */
export function parseDsv(
  text: string,
  separator: string,
  skip: (line: string) => boolean = () => false,
): Row[] {
  const rows: Row[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const lineEnd = text.indexOf('\n', i);
    const rawLine = text.slice(i, lineEnd === -1 ? text.length : lineEnd);
    if (rawLine.trim() === '' || skip(rawLine)) {
      i = lineEnd === -1 ? text.length : lineEnd + 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let atFieldStart = true;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === '\n') line++;
          cell += c;
        }
        continue;
      }
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c === separator) {
        cells.push(cell);
        cell = '';
        atFieldStart = true;
      } else if (c === '\n') {
        i++;
        line++;
        break;
      } else {
        cell += c;
        atFieldStart = false;
      }
    }
    cells.push(cell);
    rows.push({ cells, line: start });
  }
  return rows;
}
