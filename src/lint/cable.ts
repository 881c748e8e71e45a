/**
 * cable`…`: the template tag for rule examples. It strips the indentation the example has
 * in the rule's source (dedent) and turns control pictures into the characters they show, so
 * that an example can carry a CR or a tab visibly: `␍` → `\r`, `␉` → `\t`, `␠` → a space
 * (for trailing spaces, which editors strip).
 */

const pictures: Readonly<Record<string, string>> = {'\u240D': '\r', '\u2409': '\t', '\u2420': ' '}

/** Dedent a template and replace control pictures. */
export function cable(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
  let raw = strings.raw[0] ?? ''
  for (const [index, value] of values.entries()) raw += String(value) + (strings.raw[index + 1] ?? '')
  // `raw` keeps backslashes as written; only `\`` and `\\` are unescaped, the rest is literal cable text.
  raw = raw.replace(/\\([`\\$])/g, '$1')
  return showControls(dedent(raw))
}

/** Remove the first line when blank, the last when blank, and the common indentation. */
export function dedent(text: string): string {
  const lines = text.split('\n')
  if (lines.length > 1 && (lines[0] ?? '').trim() === '') lines.shift()
  if (lines.length > 1 && (lines.at(-1) ?? '').trim() === '') lines.pop()
  let indent = Infinity
  for (const line of lines) {
    if (line.trim() === '') continue
    indent = Math.min(indent, /^[ ]*/.exec(line)?.[0].length ?? 0)
  }
  if (!Number.isFinite(indent)) indent = 0
  return lines.map((line) => line.slice(Math.min(indent, /^[ ]*/.exec(line)?.[0].length ?? 0))).join('\n')
}

/** Replace `␍`, `␉`, `␠` by CR, tab, space. */
export function showControls(text: string): string {
  return text.replace(/[\u240D\u2409\u2420]/g, (picture) => pictures[picture] ?? picture)
}
