/** A file named as plain text (`FAQ.txt`, `notes.text`, `FAQ`, `README`): no markdown promised. */
export function isPlainTextPath(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return /\.te?xt$/i.test(name) || !name.includes('.');
}
