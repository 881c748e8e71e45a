/**
 * The Markdown de-escaper (`src/syntax/markdown.ts`). Seeds 001 and 003 are WikiLeaks pages
 * rendered as Markdown (`[PGOV](#)` tag links, `US\$26`). The de-escaper claims to read what a
 * CommonMark reader reads (backslash escapes of ASCII punctuation, CommonMark 0.31 §2.4, and
 * `[text](#)` links); the last block checks that claim against remark-parse itself.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {createMarkdownReader, deEscape, findTagLinks, isMarkdownRendered, remarkParseLimit} from '../../../src/syntax/markdown.js'

describe('isMarkdownRendered', () => {
  it.each([
    ['TAGS: [PGOV](#) [KTIP](#)', true],
    ['RMB 180 million (about US\\$26 million)', true],
    ['a \\* b', true],
    ['TAGS: PGOV KTIP', false],
    // A stray backslash at the end of a banner line is not an escape.
    ['UNCLAS SECTION 01 OF 03 \\', false],
    ['C:\\path\\name', false],
    ['[PGOV] (#)', false],
  ])('%s → %s', (text, expected) => {
    expect(isMarkdownRendered(text)).toBe(expected)
  })
})

describe('deEscape', () => {
  it.each([
    ['US\\$26 million', 'US$26 million'],
    ['TAGS: [PGOV](#) [KTIP](#) [CH](#)', 'TAGS: PGOV KTIP CH'],
    ['\\*\\_\\[\\]\\(\\)\\#\\-\\.\\!\\\\', '*_[]()#-.!\\'],
    // A backslash before a letter or digit is not an escape (CommonMark §2.4).
    ['\\a\\1', '\\a\\1'],
    ['no escapes', 'no escapes'],
    ['[US\\$26](#)', 'US$26'],
    // An escaped backslash does not escape what follows it.
    ['\\\\*', '\\*'],
    // An escaped bracket is a literal bracket, not the start of a link.
    ['\\[PGOV](#)', '[PGOV](#)'],
  ])('%s → %s', (raw, expected) => {
    expect(deEscape(raw)).toBe(expected)
  })
})

describe('findTagLinks', () => {
  it('returns the inner text span of each link, offsets into the whole text', () => {
    const text = 'xx\nTAGS: [PGOV](#) [KTIP](#)\nyy'
    const from = 3
    const to = text.indexOf('\nyy')
    const spans = findTagLinks(text, from, to)
    expect(spans).toEqual([
      {start: 10, end: 14},
      {start: 20, end: 24},
    ])
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['PGOV', 'KTIP'])
  })

  it('only looks inside [from, to) and is repeatable', () => {
    const text = '[A](#) [B](#)'
    expect(findTagLinks(text, 7, text.length)).toEqual([{start: 8, end: 9}])
    expect(findTagLinks(text, 0, 6)).toEqual([{start: 1, end: 2}])
    expect(findTagLinks(text, 0, 6)).toEqual([{start: 1, end: 2}])
  })

  it('does not find a link whose bracket is escaped', () => {
    expect(findTagLinks('\\[PGOV](#)', 0, 10)).toEqual([])
  })
})

/** The text a CommonMark reader sees in `line`: every text and code node's value, in order. */
function remarkText(line: string): string {
  const tree: Root = unified().use(remarkParse).parse(line)
  let value = ''
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') value += node.value
  })
  return value
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

describe('deEscape agrees with remark-parse', () => {
  const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url))
  const files = readdirSync(seeds).filter((name) => /^00[13]_.*\.txt$/.test(name))
  const lines = files.flatMap((name) =>
    readFileSync(seeds + name, 'utf8')
      .split(/\r\n|\r|\n/)
      .map((line, index) => ({where: `${name}:${index + 1}`, line}))
      .filter(({line}) => line.includes('\\') || line.includes('](#)')),
  )

  it('finds the Markdown seeds and lines to compare', () => {
    expect(files).toHaveLength(2)
    // Seed 001: its TAGS line and `US\$26`; seed 003: its TAGS line.
    expect(lines.length).toBeGreaterThanOrEqual(3)
  })

  it.each(lines)('$where', ({line}) => {
    expect(collapse(deEscape(line))).toBe(collapse(remarkText(line)))
  })

  // Every escapable ASCII punctuation character, between letters, so no Markdown construct opens.
  const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~']
  it.each(punctuation)('escaped %s', (char) => {
    const line = `ab\\${char}cd US\\${char}26`
    expect(deEscape(line)).toBe(remarkText(line))
  })

  it.each(['\\[PGOV](#) text', 'a \\\\[PGOV](#) b', 'a \\\\ b', 'a\\\\\\*b', '[US\\$26](#) and [CH](#)', 'path C:\\dir\\file'])('%s', (line) => {
    expect(deEscape(line)).toBe(remarkText(line))
  })
})

describe('createMarkdownReader (remark-parse over the whole cable)', () => {
  it.each(['001_83909917b14d6601', '003_190834ae1df68833'])('seed %s: values drop exactly the escape backslashes and tag-link brackets', (name) => {
    const source = readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8')
    const reader = createMarkdownReader(source)
    let start = 0
    let checked = 0
    for (const line of source.split('\n')) {
      if (/\\[!-/:-@[-`{-~]|\]\(#\)/.test(line) && !/^ {4}/.test(line)) {
        expect(reader.value(start, start + line.length)).toBe(deEscape(line))
        checked++
      }
      start += line.length + 1
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('maps a tag link to its inner text at raw offsets', () => {
    const source = 'TAGS: [PGOV](#) [KTIP](#)\n\nUS\\$26 million\n'
    const reader = createMarkdownReader(source)
    expect(reader.tagLinks(0, 25).map((span) => source.slice(span.start, span.end))).toEqual(['PGOV', 'KTIP'])
    const line = source.indexOf('US')
    expect(reader.value(line, line + 'US\\$26 million'.length)).toBe('US$26 million')
    // A value across the escape boundary keeps positions on the raw source.
    expect(reader.value(line + 2, line + 4)).toBe('$')
  })

  it('reads a cable longer than remarkParseLimit by pattern, with the same values and links', () => {
    // Indented code, where remark-parse keeps backslashes, is left out: there the two readers differ.
    const head = 'TAGS: [PGOV](#) [KTIP](#)\n\n1. \\(C\\) US\\$26 million, \\[sic\\].\n\n'
    const filler = '2. \\(U\\) More text \\*with\\* escapes and a [PREL](#) link.\n\n'
    const long = head + filler.repeat(Math.ceil(remarkParseLimit / filler.length))
    expect(long.length).toBeGreaterThan(remarkParseLimit)
    const short = head + filler
    const byPattern = createMarkdownReader(long)
    const byRemark = createMarkdownReader(short)
    for (const [start, end] of [[0, 25], [27, head.length - 2], [head.length, head.length + filler.length - 2]] as const) {
      expect(byPattern.value(start, end)).toBe(byRemark.value(start, end))
      expect(byPattern.tagLinks(start, end)).toEqual(byRemark.tagLinks(start, end))
    }
    expect(byPattern.value(27, head.length - 2)).toBe('1. (C) US$26 million, [sic].')
  })

  it('leaves remark-parse out above the limit: an escape in indented code is dropped by pattern, kept by remark-parse', () => {
    const code = '    code \\(x\\)'
    const text = (length: number) => {
      const body = `Text.\n\n${code}\n\nUS\\$1\n`
      return body + 'x'.repeat(Math.max(0, length - body.length))
    }
    const start = 'Text.\n\n'.length
    expect(createMarkdownReader(text(100)).value(start, start + code.length)).toBe(code)
    expect(createMarkdownReader(text(remarkParseLimit + 1)).value(start, start + code.length)).toBe('    code (x)')
  })
})
