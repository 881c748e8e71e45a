/**
 * Release-level withholding (`withheldSpans`, `cableLevel`): which portions, subjects and
 * archive titles are withheld at a release level, and exactly which characters.
 * Issue 6 (mutation testing). Trees are hand-built (`build-tree.ts`) so the parser is not under test.
 */
import {describe, expect, it} from 'vitest'
import {publicLevel, type ReleaseLevel} from '../../../src/classification.js'
import {cableLevel, withheldSpans} from '../../../src/redact/policy.js'
import type {Banner, Metadata, Paragraph, Root, Subject} from '../../../src/syntax/types.js'
import {peekMarking} from '../../../src/syntax/marking.js'
import {parse} from '../../../src/syntax/parse.js'
import {buildTree} from './build-tree.js'

/** The withheld texts of `text` at `release`, as `reason: text`. */
function withheld(text: string, release: ReleaseLevel, tree: Root = buildTree(text)): string[] {
  return withheldSpans(text, tree, release).map((span) => `${span.reason}: ${text.slice(span.start, span.end)}`)
}

function only<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing node')
  return value
}

describe('withheldSpans: portions', () => {
  const text = 'CONFIDENTIAL\n\n1. (C) Talks resumed.\n\n2. (U) Weather fine.\n\n3. (S) Troops moved.\n'

  it('withholds each portion above the release level, from after its marking to its last character', () => {
    expect(withheld(text, 'U')).toEqual(['portion-above-release: Talks resumed.', 'portion-above-release: Troops moved.'])
    expect(withheld(text, 'C')).toEqual(['portion-above-release: Troops moved.'])
    expect(withheld(text, 'S')).toEqual([])
  })

  it('labels every span with the `release-level` rule', () => {
    const spans = withheldSpans(text, buildTree(text), 'U')
    expect(spans.map((span) => span.rule)).toEqual(['release-level', 'release-level'])
    expect(spans[0]).toEqual({start: text.indexOf('Talks'), end: text.indexOf('resumed.') + 8, reason: 'portion-above-release', rule: 'release-level'})
  })

  it('takes an unmarked portion at the banner’s level', () => {
    const cable = 'CONFIDENTIAL\n\n1. Talks resumed.\n'
    expect(withheld(cable, 'SBU')).toEqual(['unproven-portion: Talks resumed.'])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('takes an unmarked portion at the highest level when there is no banner (fail closed)', () => {
    expect(withheld('1. Talks resumed.\n', 'S')).toEqual(['unproven-portion: Talks resumed.'])
  })

  it('takes a portion whose marking has no readable level as unproven', () => {
    const cable = 'SECRET\n\n1. (C) Talks resumed.\n'
    const tree = buildTree(cable)
    const portion = only((tree.children[1] as Paragraph).children[0])
    if (portion.marking) portion.marking = {...portion.marking, level: null}
    expect(withheld(cable, 'C', tree)).toEqual(['unproven-portion: Talks resumed.'])
    expect(withheld(cable, 'S', tree)).toEqual([])
  })

  it('does not withhold a portion with nothing but white space after its marking', () => {
    expect(withheld('SECRET\n\n1. (S)   \n\n2. (S) x\n', 'U')).toEqual(['portion-above-release: x'])
  })

  it('leaves a dangling bullet at the end of a portion to the next line', () => {
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n--', 'U')).toEqual(['portion-above-release: Talks resumed.'])
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n -', 'U')).toEqual(['portion-above-release: Talks resumed.'])
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n\t*', 'U')).toEqual(['portion-above-release: Talks resumed.'])
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n•', 'U')).toEqual(['portion-above-release: Talks resumed.'])
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n---  ', 'U')).toEqual(['portion-above-release: Talks resumed.'])
  })

  it('withholds a last line that is more than a bullet', () => {
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n----', 'U')).toEqual(['portion-above-release: Talks resumed.\n----'])
    expect(withheld('SECRET\n\n1. (S) Talks resumed.\n-- x', 'U')).toEqual(['portion-above-release: Talks resumed.\n-- x'])
    expect(withheld('SECRET\n\n1. (S) Talks.\nA -', 'U')).toEqual(['portion-above-release: Talks.\nA -'])
    expect(withheld('SECRET\n\n1. (S) Talks.\n#', 'U')).toEqual(['portion-above-release: Talks.\n#'])
  })

  it('withholds a one-word portion that ends in a dash on the same line', () => {
    expect(withheld('SECRET\n\n1. (S) Talks --', 'U')).toEqual(['portion-above-release: Talks --'])
  })

  it('stops before a page-continuation line that ends the portion, and takes one inside it', () => {
    const trailing = 'SECRET\n\n1. (S) Talks resumed.\nTRIPOLI 00000889  002 OF 004\n'
    expect(withheld(trailing, 'U')).toEqual(['portion-above-release: Talks resumed.'])
    const inside = 'SECRET\n\n1. (S) Talks\nTRIPOLI 00000889  002 OF 004\nresumed.\n'
    expect(withheld(inside, 'U')).toEqual(['portion-above-release: Talks\nTRIPOLI 00000889  002 OF 004\nresumed.'])
  })

  it('stops before a trailing page-continuation line even when the portion holds a protect marker', () => {
    const cable = 'SECRET\n\n1. (S) Li (protect) said.\nTRIPOLI 00000889  002 OF 004\n'
    expect(withheld(cable, 'U')).toEqual(['portion-above-release: Li (protect) said.'])
  })

  it('withholds a portion that holds nothing but a page-continuation line', () => {
    const cable = 'SECRET\n\n1. (S) TRIPOLI 00000889  002 OF 004\n'
    const tree = buildTree(cable)
    const portion = only((tree.children[1] as Paragraph).children[0])
    const start = cable.indexOf('TRIPOLI')
    portion.children = [{type: 'pageBreak', raw: 'TRIPOLI 00000889  002 OF 004', position: {...portion.position, start: {...portion.position.start, offset: start}}}]
    expect(withheld(cable, 'U', tree)).toEqual(['portion-above-release: TRIPOLI 00000889  002 OF 004'])
  })

  it('withholds an unnumbered unmarked paragraph whole', () => {
    expect(withheld('SECRET\n\nTalks resumed.\n', 'U')).toEqual(['unproven-portion: Talks resumed.'])
  })

  it('withholds a dash that is a portion’s only content on the marking’s line', () => {
    expect(withheld('SECRET\n\n1. (S) --\n\n2. (S) x\n', 'U')).toEqual(['portion-above-release: --', 'portion-above-release: x'])
  })

  it('leaves a bullet line of six characters to the next portion', () => {
    expect(withheld('SECRET\n\n1. (S) Talks.\n    --', 'U')).toEqual(['portion-above-release: Talks.'])
  })

  it('does not withhold a portion whose content is only a bullet on the next line', () => {
    expect(withheld('SECRET\n\n1. (S)\n--\n\n2. (S) x\n', 'U')).toEqual(['portion-above-release: x'])
  })

  it('withholds a dash after white space at the end of the same line', () => {
    expect(withheld('SECRET\n\n1. (S) Talks.          --', 'U')).toEqual(['portion-above-release: Talks.          --'])
  })

  it('looks back only a few characters for the bullet line: a long indented one is withheld (fail closed)', () => {
    expect(withheld('SECRET\n\n1. (S) Talks.\n     --', 'U')).toEqual(['portion-above-release: Talks.'])
    expect(withheld('SECRET\n\n1. (S) Talks.\n      --', 'U')).toEqual(['portion-above-release: Talks.\n      --'])
  })

  it('starts an unmarked portion after the paragraph number when the portion includes it', () => {
    const cable = 'SECRET\n\n12. Talks resumed.\n'
    const tree = buildTree(cable)
    const paragraph = tree.children[1] as Paragraph
    const portion = only(paragraph.children[0])
    portion.position = {...portion.position, start: paragraph.position.start}
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: . Talks resumed.'])
  })

  it('starts an unmarked portion at its own start when the number ends before it', () => {
    const cable = 'SECRET\n\n12. Talks resumed.\n'
    expect(withheld(cable, 'U')).toEqual(['unproven-portion: Talks resumed.'])
  })
})

describe('withheldSpans: subject and archive title', () => {
  it('withholds a marked subject above the release level, after its marking', () => {
    const cable = 'UNCLASSIFIED\n\nSUBJECT: (C) Talks in Beijing\n\n1. (U) Fine.\n'
    expect(withheld(cable, 'U')).toEqual(['portion-above-release: Talks in Beijing'])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('withholds an unmarked subject of a classified cable as unproven, after `SUBJECT:`', () => {
    const cable = 'CONFIDENTIAL\n\nSUBJECT: Talks in Beijing\n'
    expect(withheld(cable, 'U')).toEqual(['unproven-portion: Talks in Beijing'])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('skips the `SUBJECT:` or `SUBJ:` head when the subject’s text starts with it', () => {
    for (const head of ['SUBJECT:', 'Subj :', ' SUBJ:']) {
      const cable = `SECRET\n\n${head} Talks\n`
      const tree = buildTree(cable)
      const start = cable.indexOf(head)
      const end = cable.indexOf('Talks') + 5
      const position = {start: {line: 3, column: 1, offset: start}, end: {line: 3, column: end - start + 1, offset: end}}
      const subject: Subject = {type: 'subject', children: [{type: 'text', value: cable.slice(start, end), position}], position}
      tree.children[1] = subject
      expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Talks'])
    }
  })

  it('starts an unmarked subject at its first child when no `SUBJECT:` head is there', () => {
    const cable = 'SECRET\n\nSubject line = Talks\n'
    const tree = buildTree(cable)
    const start = cable.indexOf('Subject')
    const end = cable.indexOf('Talks') + 5
    const position = {start: {line: 3, column: 1, offset: start}, end: {line: 3, column: end - start + 1, offset: end}}
    const text = {type: 'text' as const, value: 'Talks', position: {...position, start: {...position.start, offset: end - 5}}}
    tree.children[1] = {type: 'subject', children: [text], position}
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Talks'])
  })

  it('starts a marked subject right after its marking, even before a `SUBJ:`-like word', () => {
    const cable = 'SECRET\n\nSUBJECT: (S) Subj: Talks\n'
    expect(withheld(cable, 'U')).toEqual(['portion-above-release: Subj: Talks'])
  })

  it('reads a subject without children from its own start', () => {
    const cable = 'SECRET\n\nSUBJECT: Talks\n'
    const tree = buildTree(cable)
    const subject = tree.children[1] as Subject
    subject.children = []
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Talks'])
  })

  it('does not strip a `SUBJECT:` that is not at the start of the subject’s text', () => {
    const cable = 'SECRET\n\nSUBJECT: Re SUBJECT: Talks\n'
    const tree = buildTree(cable)
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Re SUBJECT: Talks'])
  })

  /** `cable` with an archive metadata block whose title is `title` (placed at its first occurrence). */
  function withTitle(cable: string, title: string): Root {
    const tree = buildTree(cable)
    const start = cable.indexOf(title)
    const position = {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + title.length + 1, offset: start + title.length}}
    const metadata: Metadata = {type: 'metadata', title: {value: title.trim(), position}, position}
    // The hand-built tree reads the title line as a paragraph: the metadata block replaces it.
    tree.children[0] = metadata
    return tree
  }

  it('withholds the archive title where the subject is withheld, and keeps it where the subject is kept', () => {
    const cable = ' Talks in Beijing \n\nSECRET\n\nSUBJECT: (C) Talks in Beijing\n'
    const tree = withTitle(cable, ' Talks in Beijing ')
    expect(withheld(cable, 'U', tree)).toEqual(['portion-above-release: Talks in Beijing', 'portion-above-release: Talks in Beijing'])
    expect(withheldSpans(cable, tree, 'U')[1]).toMatchObject({start: 1, end: 17})
    expect(withheld(cable, 'C', tree)).toEqual([])
  })

  it('follows the first subject for the title', () => {
    const cable = 'Talks\n\nSECRET\n\nSUBJECT: (U) Talks\n\nSUBJECT: (S) Other\n'
    const tree = withTitle(cable, 'Talks')
    expect(withheld(cable, 'C', tree)).toEqual(['portion-above-release: Other'])
  })

  it('takes the title at the cable’s level when there is no subject', () => {
    const cable = 'Talks\n\nCONFIDENTIAL\n\n1. (U) Fine.\n'
    const tree = withTitle(cable, 'Talks')
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Talks'])
    expect(withheld(cable, 'C', tree)).toEqual([])
  })

  it('finds the metadata block wherever it stands among the root’s children', () => {
    const cable = 'Talks\n\nCONFIDENTIAL\n\n1. (U) Fine.\n'
    const tree = withTitle(cable, 'Talks')
    const [metadata] = tree.children.splice(0, 1)
    if (metadata !== undefined) tree.children.push(metadata)
    expect(withheld(cable, 'U', tree)).toEqual(['unproven-portion: Talks'])
  })

  it('ignores metadata without a title', () => {
    const cable = 'SECRET\n\n1. (U) Fine.\n'
    const tree = buildTree(cable)
    tree.children.unshift({type: 'metadata', position: tree.position})
    expect(withheld(cable, 'U', tree)).toEqual([])
  })
})

describe('the level of unproven portions', () => {
  it('is raised to a classified portion marked above the banner (32 CFR 2001.21: the banner is wrong)', () => {
    const cable = 'UNCLAS\n\nSUBJECT: VISIT\n\n1. (C) Talks.\n\n2. Dinner.\n'
    expect(withheld(cable, 'U')).toEqual(['unproven-portion: VISIT', 'portion-above-release: Talks.', 'unproven-portion: Dinner.'])
    expect(withheld(cable, 'C')).toEqual([])
  })

  it('is not raised by SBU portions: the unmarked text of an UNCLAS cable stays unclassified (seed 001)', () => {
    const cable = 'UNCLAS\n\nSUBJECT: VISIT\n\n1. (SBU) Talks.\n\n2. Dinner.\n'
    expect(withheld(cable, 'U')).toEqual(['portion-above-release: Talks.'])
  })
})

describe('cableLevel', () => {
  it('is the level of the first banner that is not a duplicate', () => {
    const cable = 'SECRET\n\nCONFIDENTIAL\n\n1. Talks.\n'
    const tree = buildTree(cable)
    expect(cableLevel(tree)).toBe('S')
    ;(tree.children[0] as Banner).duplicate = true
    expect(cableLevel(tree)).toBe('C')
    expect(withheld(cable, 'C', tree)).toEqual([])
  })

  it('is undefined without a banner, or with a banner whose level cannot be read', () => {
    expect(cableLevel(buildTree('1. Talks.\n'))).toBeUndefined()
    const tree = buildTree('SECRET\n\n1. Talks.\n')
    const banner = tree.children[0] as Banner
    banner.marking = {...banner.marking, level: null}
    expect(cableLevel(tree)).toBeUndefined()
    expect(withheld('SECRET\n\n1. Talks.\n', 'S', tree)).toEqual(['unproven-portion: Talks.'])
  })

  it('ignores a paragraph that merely starts with a level word', () => {
    const tree = buildTree('1. Talks.\n')
    tree.children.unshift({type: 'pageBreak', raw: 'x', position: tree.position})
    expect(cableLevel(tree)).toBeUndefined()
  })
})

describe('withheldSpans: a header line in the body', () => {
  // Parsed for real: the point is what the parser makes of a wrapped sentence that opens like a header line.
  const cable = [
    'SECRET',
    '',
    'E.O. 12958: DECL: 12/31/2033',
    '',
    '1. (S) Talking points:',
    '',
    '---------',
    'EXPORTS',
    '---------',
    '',
    '-- We note the firm was designated under U.S.',
    'E.O. 13382: as a consequence of its work.',
    '',
    '2. (U) Weather fine.',
    '',
  ].join('\n')

  it('withholds, after a paragraph and with no banner since, a line read as an E.O. line, as unplaced text', () => {
    const tree = parse(cable)
    expect(tree.children.map((node) => node.type)).toContain('executiveOrder')
    expect(withheld(cable, 'U', tree)).toEqual([
      'portion-above-release: Talking points:',
      'unproven-portion: -- We note the firm was designated under U.S.',
      'unproven-portion: E.O. 13382: as a consequence of its work.',
    ])
    expect(withheldSpans(cable, tree, 'U').at(-1)?.rule).toBe('unplaced-text')
  })

  it('keeps the E.O. line of a header, and of a repeated header after a banner', () => {
    const repeated = `${cable}\nSECRET\n\nE.O. 12958: DECL: 12/31/2033\n\n3. (U) More weather.\n`
    const spans = withheld(repeated, 'U', parse(repeated))
    expect(spans.filter((span) => span.includes('12958'))).toEqual([])
  })
})

describe('withheldSpans: unclassified portions under a control', () => {
  // Parsed for real, so that the marking grammar reads the controls.
  const cable = ['SECRET', '', '1. (U//FOUO) Critical sites abroad.', '', '2. (U) Weather fine.', '', '3. (U//SBU) Staff list.', '', '4. (S) Troops moved.', ''].join('\n')

  it('withholds (U//FOUO) and (U//SBU) portions from a release at U, as (SBU) ones, and releases them at SBU', () => {
    expect(withheld(cable, 'U', parse(cable))).toEqual(['portion-above-release: Critical sites abroad.', 'portion-above-release: Staff list.', 'portion-above-release: Troops moved.'])
    expect(withheld(cable, 'SBU', parse(cable))).toEqual(['portion-above-release: Troops moved.'])
  })
})

describe('publicLevel', () => {
  it.each([
    ['(U//FOUO)', 'SBU'],
    ['(U//SENSITIVE)', 'SBU'],
    ['(U//SBU)', 'SBU'],
    ['(U//LES)', 'SBU'],
    ['(U)', 'U'],
    ['(U//NOFORN)', 'U'],
    ['(C//FOUO)', 'C'],
    ['(SBU)', 'SBU'],
  ])('reads %s as released at %s', (raw, level) => {
    expect(publicLevel(peekMarking(raw)!)).toBe(level)
  })
})

describe('a marking with its level written out', () => {
  it('withholds a portion marked `(SECRET//REL FRANCE)` under an UNCLASSIFIED banner below SECRET, as its level', () => {
    const cable = ['UNCLASSIFIED', '', '1. (U) Weather fine.', '', '2. (SECRET//REL FRANCE) Troops moved.', ''].join('\n')
    const tree = parse(cable)
    expect(withheld(cable, 'U', tree)).toEqual(['portion-above-release: Troops moved.'])
    expect(withheld(cable, 'C', tree)).toEqual(['portion-above-release: Troops moved.'])
    expect(withheld(cable, 'S', tree)).toEqual([])
  })
})
