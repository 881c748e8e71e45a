/**
 * The test oracle for positions: 1-based line and column (UTF-16) of an offset, counted by a
 * plain loop, independently of `vfile-location` and the parser's own locator. `\r\n`, `\n`
 * and a lone `\r` end lines.
 */
export function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const char = text[index]
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
