/**
 * Every regular expression of the linter and redactor is free of catastrophic backtracking.
 *
 * Cables are untrusted input and the corpus holds re-flowed lines of tens of kilobytes, so a
 * super-linear pattern is a denial of service (and a hang in a batch run). Each regular
 * expression literal and each statically known `new RegExp(…)` source in `src/**` and
 * `rules/**` is checked with recheck (automaton analysis, or seeded fuzzing with a fixed seed
 * for patterns the automaton cannot model, e.g. look-behind). Sources that depend on run-time
 * values must be listed in `dynamicSites` below with why they are safe and, where the shape is
 * known, a representative sample that is checked in their place.
 */
import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {markingTokenPattern} from '../src/syntax/marking.js'
import {collectRegexes, listSourceFiles} from './helpers/regexes.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const {found, dynamic} = collectRegexes(root, listSourceFiles(root, ['src', 'rules']))

/** Pattern sources exported as strings and compiled elsewhere (the parser compiles this one with `y`). */
const exportedSources = [{file: 'src/syntax/marking.ts (markingTokenPattern)', source: markingTokenPattern, flags: 'y'}]

interface DynamicSite {
  file: string
  /** A part of the call's text that identifies it (line numbers move). */
  call: string
  why: string
  /** Patterns of the shape the call builds, checked in its place. */
  samples: Array<{source: string; flags: string}>
}

const dynamicSites: DynamicSite[] = [

  {
    file: 'src/lint/config.ts',
    call: "new RegExp(source, 'i')",
    why: "the user's own protect-marker patterns from their config file: their expression, run on their own files",
    samples: [],
  },
  {
    file: 'src/syntax/protect-marker.ts',
    call: 'new RegExp(pattern.source,',
    why: 'recompiles the configured protect-marker patterns (see src/lint/config.ts) with the g flag',
    samples: [],
  },
  {
    file: 'src/lint/config.ts',
    call: 'new RegExp(`^${source}$`)',
    why: 'a config glob turned into an expression and matched against one file path',
    samples: [
      {source: String.raw`^(?:.*/)?[^/]*\.txt$`, flags: ''}, // `**/*.txt`
      {source: String.raw`^cables/[^/]*\.(?:txt|md)$`, flags: ''}, // `cables/*.{txt,md}`
    ],
  },
  {
    file: 'src/syntax/classify-line.ts',
    call: "new RegExp(garbledLevel.source.slice(1), 'g')",
    why: 'the garbled level word (`CO N F I D E N T I A L`) without its anchor, searched along a routing line for a glued banner',
    samples: [{source: String.raw`(?:U ?U ?N ?C ?L ?A ?S|C ?C? ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?S? ?E ?C ?R ?E ?T)(?=[ 	]|$)`, flags: 'g'}],
  },
  {
    file: 'src/lint/facts.ts',
    call: 'String.raw`(?:^|\\n)[^\\S\\n]*\\(${letter}\\)',
    why: 'a lettered-list opener for one letter A-H (isReferenceLetter), run on 800 characters at most',
    samples: [{source: String.raw`(?:^|\n)[^\S\n]*\(B\)[ \t]+[A-Z]`, flags: ''}],
  },
]

interface Checked {
  source: string
  flags: string
  /** Where the pattern stands, `file:line`, one entry per occurrence. */
  places: string[]
}

function byPattern(): Checked[] {
  const patterns = new Map<string, Checked>()
  const add = (source: string, flags: string, place: string): void => {
    const key = `${flags}/${source}`
    const entry = patterns.get(key) ?? {source, flags, places: []}
    entry.places.push(place)
    patterns.set(key, entry)
  }
  for (const regex of found) add(regex.source, regex.flags, `${regex.file}:${regex.line}`)
  for (const exported of exportedSources) add(exported.source, exported.flags, exported.file)
  for (const site of dynamicSites) for (const sample of site.samples) add(sample.source, sample.flags, `${site.file} (sample for ${site.call})`)
  return [...patterns.values()]
}

const patterns = byPattern()

describe('ReDoS', () => {
  it('finds the source tree’s regular expressions', () => {
    // A broken extractor would pass every check vacuously.
    expect(found.length).toBeGreaterThan(100)
    expect(found.some((regex) => regex.file === 'src/syntax/classify-line.ts' && regex.kind === 'constructor')).toBe(true)
  })

  it('has a justified entry for every run-time-built expression', () => {
    const unlisted = dynamic.filter((site) => !dynamicSites.some((entry) => entry.file === site.file && site.text.includes(entry.call)))
    expect(unlisted.map((site) => `${site.file}:${site.line} ${site.text}`)).toEqual([])
  })

  it('has no stale entries for run-time-built expressions', () => {
    const stale = dynamicSites.filter((entry) => !dynamic.some((site) => entry.file === site.file && site.text.includes(entry.call)))
    expect(stale.map((entry) => `${entry.file}: ${entry.call}`)).toEqual([])
  })

  it.each(patterns)('/$source/$flags is safe', ({source, flags, places}) => {
    // An `unknown` result (timeout, or a feature recheck cannot model) fails too: every pattern
    // here is meant to be linear by construction, so one the checker cannot confirm is looked at
    // rather than assumed. The fuzzer's seed is fixed, so the result does not vary by run.
    const result = checkSync(source, flags, {timeout: 10_000, randomSeed: 0})
    const detail =
      result.status === 'vulnerable'
        ? `${result.complexity.summary}; attack ${result.attack.pattern}`
        : result.status === 'unknown'
          ? `unknown (${result.error.kind})`
          : result.status
    expect(result.status, `/${source}/${flags} at ${places.join(', ')}: ${detail}`).toBe('safe')
  })
})
