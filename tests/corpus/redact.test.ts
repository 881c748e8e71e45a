/**
 * The redactor over the real corpus (`../shared/corpus`, skipped with a message when absent).
 *
 * 1. Every cable with a protect marker (`PROTECT_MARKERS.tsv`), released at S: the result is
 *    ok, or refused (fail closed) with a stated reason. For an ok result an independent check,
 *    written here and sharing nothing with the redactor's `verify`, reads the protected name
 *    before each marker (capitalised words right before it, titles and WikiLeaks'
 *    `XXXXXXXXXXXX` excluded) and asserts that none of its tokens is left in the output as a
 *    whole word, in any case, possessive included.
 * 2. Every cable at release U: the output equals the input outside the logged spans, and
 *    re-redacting the output changes nothing.
 *
 * Prints the counts the issue note needs (spans, ambiguous spans, cables refused).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decode} from '../../src/input/decode.js'
import {redact} from '../../src/redact/redact.js'
import {parseMarking} from '../../src/syntax/marking.js'
import {corpusAvailable, corpusDir} from '../helpers/corpus.js'

if (!corpusAvailable) console.log(`corpus not found at ${corpusDir}: corpus redaction tests skipped`)

function readCable(file: string): string {
  const decoded = decode(readFileSync(join(corpusDir, file)), file)
  if (!decoded.ok) throw new Error(`${file} does not decode`)
  return String(decoded.file.value)
}

function readTsv(name: string): Array<Record<string, string>> {
  const [head = '', ...lines] = readFileSync(join(corpusDir, name), 'utf8').split('\n').filter((line) => line !== '')
  const keys = head.split('\t')
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [keys[index] ?? String(index), value])))
}

// ## The independent reading of the protected name

/** Titles, ranks and roles that stand before a name and are not part of it (lower case, no dot). */
const titles = new Set(
  `mr mrs ms miss dr doctor prof professor madame mme madam monsieur sir dame lord lady sheikh imam father sister
  brother reverend rev bishop general gen colonel col major captain capt lt admiral judge justice senator sen deputy
  vice governor minister ambassador amb director president chairman chairwoman chair secretary mayor prosecutor
  attorney consul counselor prince princess king queen chief head manager managing officer member editor advisor
  adviser spokesman spokeswoman leader coordinator commissioner undersecretary dean rector gm ceo cfo coo vp dcm mp
  mps charge envoy assistant executive founder partner analyst economist journalist lawyer businessman brigadier
  treasurer assessor staff poloff econoff amcit the a an these those this that our his her their its and or of for
  in at on by with from to per according contact contacts source sources official officials victim but before
  united states national international security council group relations ministry embassy commission`.split(/\s+/),
)

/** Name particles: kept alone, they name nobody (`Hassan Al Aradi`, `De Gooijer`). */
const particles = new Set(['de', 'da', 'di', 'du', 'del', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'abu', 'la', 'le', 'zu'])

/** Common English words that are also name tokens: only a capitalised occurrence is the name. */
const commonWords = new Set(['he', 'ye', 'long', 'may', 'young', 'li', 'lee', 'hope', 'rose', 'mark', 'will', 'gay', 'king'])

interface Word {
  text: string
  start: number
}

/** Words and single punctuation characters of `text`, in order. */
function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*|[^\s\p{L}\p{M}]/gu)].map((match) => ({text: match[0], start: match.index}))
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)
const isTitle = (word: string): boolean => titles.has(word.toLowerCase().replace(/['’]s$/, ''))
const bare = (word: string): string => word.replace(/['’]s$/i, '')

/** The capitalised run ending at index `end` of `list` (titles end it), and the index before it. */
function runBefore(list: readonly Word[], end: number): {run: string[]; before: number} {
  const run: string[] = []
  let index = end
  for (; index >= 0; index--) {
    const word = list[index]?.text ?? ''
    // `Dr. Name`, `James A. Boughner`: a dot after a title or an initial does not end the run.
    if (word === '.' && /^\p{Lu}$/u.test(list[index - 1]?.text ?? '')) continue
    if (!/^\p{L}/u.test(word) || !isCapitalised(word) || isTitle(word) || /^x{4,}$/i.test(word)) break
    run.unshift(bare(word))
  }
  return {run: run.filter((word) => /\p{L}.*\p{L}/u.test(word) && !particles.has(word.toLowerCase())), before: index}
}

/** The name tokens a marker at `offset` protects, read from the text before it. */
function protectedTokens(text: string, offset: number, marker: string): string[] {
  if (/x{4,}/i.test(marker)) return []
  const before = text.slice(Math.max(0, offset - 300), offset)
  const list = words(before)
  let end = list.length - 1
  // Skip a parenthetical aside right before the marker: `Raul Henry (PMDB, Pernambuco) (protect)`.
  if (list[end]?.text === ')') {
    let depth = 0
    for (; end >= 0; end--) {
      if (list[end]?.text === ')') depth++
      else if (list[end]?.text === '(' && --depth === 0) break
    }
    end--
  }
  while (list[end]?.text === ',') end--
  if (/^x{4,}$/i.test(list[end]?.text ?? '')) return []
  const {run, before: index} = runBefore(list, end)
  // Telegram style (`LAKHDAR BRAHIMI, BOURDON (PLEASE PROTECT)`): only the last word is surely the name.
  const lowers = before.match(/\p{Ll}/gu)?.length ?? 0
  const letters = before.match(/\p{L}/gu)?.length ?? 1
  if (lowers / letters < 0.1) return run.slice(-1)
  const previous = list[index]?.text ?? ''
  // After a preposition or article the capitalised words are a place, a group or an
  // organisation (`in New Delhi`, `The Czechs`, `for European Integration`), not the person:
  // the person, if any, stands before an apposition's comma (`Hossam Bahgat, director of …`).
  if (/^(?:of|for|in|at|the)$/i.test(previous)) {
    for (let k = index; k >= 0 && index - k < 25; k--) {
      const word = list[k]?.text ?? ''
      if (/^x{4,}$/i.test(word) || /^[.;:!?]$/.test(word)) return []
      if (word === ',' || word === '-' || word === '–') {
        if (/^x{4,}$/i.test(list[k - 1]?.text ?? '')) return []
        return runBefore(list, k - 1).run.slice(-2)
      }
    }
    return []
  }
  // Acronyms in mixed-case text are organisations and roles (`MFA`, `UKREP`, `CSU`).
  return run.filter((word) => word !== word.toUpperCase()).slice(-2)
}

/** Where `token` is left in `output` as a whole word (any case, possessive too), or -1. */
function survives(output: string, token: string): number {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?:['’,]s)?(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  for (const match of output.matchAll(pattern)) {
    if (commonWords.has(token.toLowerCase()) && !isCapitalised(match[0])) continue
    return match.index
  }
  return -1
}

describe.skipIf(!corpusAvailable)('redaction over the corpus', () => {
  it('redacts every cable with a protect marker at release S, or refuses it with a reason', () => {
    const markers = readTsv('PROTECT_MARKERS.tsv')
    const ids = [...new Set(markers.map((row) => row.id ?? ''))]
    expect(ids.length).toBeGreaterThan(0)
    let spans = 0
    let ambiguous = 0
    const refused: string[] = []
    const leaks: string[] = []
    for (const id of ids) {
      const text = readCable(`cables/${id}.txt`)
      const result = redact(text, {release: 'S'})
      spans += result.spans.length
      ambiguous += result.spans.filter((span) => span.ambiguous === true).length
      if (!result.ok) {
        // Fail closed with a stated reason: a fatal message naming the rule and a position.
        const fatal = result.messages.filter((message) => message.fatal === true)
        expect(fatal.length, id).toBeGreaterThan(0)
        for (const message of fatal) {
          expect(message.ruleId, id).toBe('redaction-leak')
          expect(message.reason, id).not.toBe('')
          expect(message.place, id).toBeDefined()
        }
        refused.push(id)
        continue
      }
      for (const row of markers.filter((marker) => marker.id === id)) {
        for (const token of protectedTokens(text, Number(row.offset), row.marker ?? '')) {
          const at = survives(result.text, token)
          if (at !== -1) leaks.push(`${id}: a name token of the marker at ${row.line}:${row.column} survives at output offset ${at}`)
        }
      }
    }
    console.log(`corpus redaction at S: ${ids.length} cables with protect markers, ${spans} spans, ${ambiguous} ambiguous, ${refused.length} refused${refused.length > 0 ? ` (${refused.join(', ')})` : ''}`)
    expect(leaks).toEqual([])
  })

  it('keeps every cable byte for byte outside the logged spans at release U, and re-redaction changes nothing', () => {
    const manifest = readTsv('MANIFEST.tsv')
    expect(manifest.length).toBeGreaterThan(0)
    let spans = 0
    let ambiguous = 0
    let refused = 0
    const failures: string[] = []
    for (const row of manifest) {
      const text = readCable(row.file ?? '')
      const result = redact(text, {release: 'U'})
      spans += result.spans.length
      ambiguous += result.log.filter((entry) => entry.ambiguous === true).length
      if (!result.ok) refused++
      // Independent of verify: rebuild the output from the input's gaps and the placeholders.
      let cursor = 0
      let at = 0
      let same = true
      for (const entry of result.log) {
        const gap = text.slice(cursor, entry.start)
        const placeholder = /^\[(?:REDACTED|WITHHELD)\]/.exec(result.text.slice(at + gap.length, at + gap.length + 10))
        if (result.text.slice(at, at + gap.length) !== gap || placeholder === null) {
          same = false
          break
        }
        at += gap.length + placeholder[0].length
        cursor = entry.end
      }
      if (!same || result.text.slice(at) !== text.slice(cursor)) failures.push(`${row.id}: changed outside the logged spans`)
      if (redact(result.text, {release: 'U'}).text !== result.text) failures.push(`${row.id}: re-redaction changed the output`)
    }
    console.log(`corpus redaction at U: ${manifest.length} cables, ${spans} spans, ${ambiguous} ambiguous, ${refused} refused`)
    expect(failures).toEqual([])
  })

  // Independent of the tree: read the released copy line by line. A line that opens with a
  // portion marking above the release, alone or after a number, letter or bullet (`2) (S)`,
  // `1 (S)`, `2.(S)`, `18A. (SBU)`, `-- (C)`), or that follows a `--` bullet or the end of a
  // sentence or parenthesis (with or without a paragraph number) inside a line, must be followed by a placeholder, whatever structure the parser
  // gave it. Excluded: one-letter list labels, i.e. `(C)` followed by a cable reference
  // (`(C) SAO PAULO 260`, a REF list) or next to its neighbour letter `(B)`/`(D)`.
  it.each(['U', 'C'] as const)('releases no line-opening portion marked above release %s (and, at C, re-redaction changes nothing)', (release) => {
    const rank: Record<string, number> = {U: 0, SBU: 1, LOU: 1, C: 2, S: 3, TS: 4}
    const opening =
      /(?:^[ \t]*(?:¶?[ \t]?(?:\(?\d{1,3}[A-Z]?\)|\(?[A-Za-z]\)|\d{1,3}\.[A-Z]\.?|\d{1,3}(?:[A-Z](?:-[A-Z])?)?[.:]?|[A-Za-z][.:]|-{1,3}|[*•o])[ \t]*)?|(?<=\S) {1,4}--[ \t]?|(?<=[.:;!?"”)] {0,4})\d{1,3}\.[ \t]?|(?<=[.:;!?"”)] {1,4}))(\([A-Za-z][A-Za-z/, \t-]{0,40}\))/gm
    const failures: string[] = []
    let checked = 0
    for (const row of readTsv('MANIFEST.tsv')) {
      const text = readCable(row.file ?? '')
      const result = redact(text, {release})
      if (!result.ok) continue
      const output = result.text
      if (release !== 'U' && redact(output, {release}).text !== output) failures.push(`${row.id}: re-redaction changed the output`)
      const letters = new Set([...output.matchAll(opening)].map((match) => /^\([ \t]?([A-Za-z])[ \t]?\)$/.exec(match[1]!)?.[1]?.toUpperCase()))
      for (const match of output.matchAll(opening)) {
        const token = match[1]!
        const level = parseMarking(token, {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})?.level
        if (level === undefined || level === null || rank[level]! <= rank[release]!) continue
        // What follows, past any further numbers and markings (`¶1. (C)  1. (C) text`).
        const after = output.slice(match.index + match[0].length).replace(/^(?:\s|¶?\d{1,3}[.)]?(?=\s)|\([A-Za-z][A-Za-z/, \t-]{0,40}\))+/, '')
        const letter = /^\([ \t]?([A-Za-z])[ \t]?\)$/.exec(token)?.[1]?.toUpperCase()
        if (letter !== undefined) {
          const code = letter.charCodeAt(0)
          if (/^(?:\d{2} )?[A-Za-z .]+ \d{2,6}\b/.test(after) || letters.has(String.fromCharCode(code - 1)) || letters.has(String.fromCharCode(code + 1))) continue
        }
        checked++
        if (after !== '' && !after.startsWith('[WITHHELD]') && !after.startsWith('[REDACTED]')) {
          failures.push(`${row.id}:${output.slice(0, match.index).split('\n').length}: ${JSON.stringify(match[0].trim())} ${JSON.stringify(after.slice(0, 40))}`)
        }
      }
    }
    console.log(`corpus redaction at ${release}: ${checked} line-opening markings above the release checked`)
    expect(failures).toEqual([])
  })
})
