/**
 * Whether a text is a document of another format holding a cable, not a cable's text: an
 * archive's API response in JSON (`{"items":[{"id":"08MADRID174",…,"text":"C O N F I D E N T I A L
 * …"}]}`), a cable viewer's HTML page or an XML export. Read as a cable, such a file is one line
 * of markup: lint found nothing to check and said "no issues", since the banner inside a quoted
 * field looked glued on. A cable's text never opens with `{`, `[` or `<`, so the test is its
 * first character, then the format itself: JSON must parse, markup must open as a document.
 */

export type ForeignFormat = 'JSON' | 'HTML' | 'XML'

/** The format of `text` when it is a JSON, HTML or XML document; `undefined` for cable text. */
export function foreignFormat(text: string): ForeignFormat | undefined {
  const start = text.search(/\S/)
  if (start === -1) return undefined
  const first = text.charCodeAt(start)
  // `{` or `[`: JSON only if it parses (a Markdown cable may open with a `[link](#)`).
  if (first === 123 || first === 91) {
    try {
      JSON.parse(text)
      return 'JSON'
    } catch {
      return undefined
    }
  }
  if (first !== 60) return undefined
  const head = text.slice(start, start + 200)
  if (/^<!DOCTYPE\s+html\b|^<html\b/i.test(head)) return 'HTML'
  if (/^<\?xml\b/i.test(head)) return /<!DOCTYPE\s+html\b|<html\b/i.test(text.slice(start, start + 2000)) ? 'HTML' : 'XML'
  return undefined
}
