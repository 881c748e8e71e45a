/**
 * The benchmark: `npm run bench`.
 *
 * Input: every cable of `../shared/corpus/cables` (or `CABLELINT_CORPUS`), else the seeds
 * replicated to 50 MB. Stages, each in its own child process so that its peak RSS is its own:
 * - baseline: read every file and run one regular expression over it;
 * - parse: `parse(text)` of every cable (texts already in memory);
 * - lint: `lint(new VFile({path, value}))`;
 * - redact: `redact(text, {release: 'U'})`, which verifies its own output;
 * - lint 10x: the input linted ten times over (time should grow ten-fold);
 * - one-line 5 MB / 20 MB, 5 MB of `(((((`: parse + lint + redact of one huge line, to show
 *   that time stays linear (the same MB/s at 5 and 20 MB); and the 5 MB line four times, the
 *   same people named, for the growth with the length alone;
 * - one paragraph 5 MB / 20 MB, a protected person a sentence: time with the number of people;
 *   one paragraph 5 MB, a marker naming nobody a sentence: the names of each sentence protected;
 *   one paragraph 5 MB, a described source a sentence: the names a description is given later;
 * - cli lint, cli lint (stylish), cli check --out, cli redact --out: the command line end to end
 *   over the same files (bench/cli.ts): json, then the default stylish report;
 * - cli lint 3x: the same files three times over (hard links), for the cost of each further
 *   cable apart from a run's start-up and warming up.
 * Each stage runs 3 times; the table shows the median MB/s, the ratio to the baseline and the
 * stage's peak RSS.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {lint} from '../src/lint/engine.js'
import {redact} from '../src/redact/redact.js'
import {parse} from '../src/syntax/parse.js'
import {benchCli, benchScript, builtBin, replicate} from './cli.js'

const repoRoot = resolve(import.meta.dirname, '..')
const corpusCables = process.env.CABLELINT_CORPUS ? join(resolve(process.env.CABLELINT_CORPUS), 'cables') : resolve(repoRoot, '..', 'shared', 'corpus', 'cables')
const runs = 3

interface Input {
  name: string
  files: Array<{path: string; text: string}>
  bytes: number
}

/** The files to measure: the corpus cables, or the seeds replicated to 50 MB. */
function paths(): {name: string; list: string[]; repeat: number} {
  if (existsSync(corpusCables)) {
    const list = readdirSync(corpusCables).filter((name) => name.endsWith('.txt')).sort().map((name) => join(corpusCables, name))
    return {name: `corpus (${list.length} cables)`, list, repeat: 1}
  }
  const seeds = join(repoRoot, 'seeds')
  const list = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort().map((name) => join(seeds, name))
  const size = list.reduce((sum, path) => sum + readFileSync(path).length, 0)
  const repeat = Math.ceil(50e6 / size)
  return {name: `seeds replicated ${repeat}× (${list.length} cables)`, list, repeat}
}

function load(): Input {
  const {name, list, repeat} = paths()
  const files: Array<{path: string; text: string}> = []
  let bytes = 0
  for (let copy = 0; copy < repeat; copy++) {
    for (const path of list) {
      const text = readFileSync(path, 'utf8')
      files.push({path, text})
      bytes += Buffer.byteLength(text)
    }
  }
  return {name, files, bytes}
}

/** Cable text re-flowed onto one line (as WikiLeaks did to some bodies), `size` characters long. */
function oneLine(input: Input, size: number): string {
  const parts: string[] = []
  let length = 0
  for (const {text} of input.files) {
    if (length >= size) break
    const flat = text.replace(/\s+/g, ' ')
    parts.push(flat)
    length += flat.length + 1
  }
  return parts.join(' ').slice(0, size)
}

/** A made-up name, different for each `n` below 160,000 (four syllables of twenty). */
function madeUpName(n: number): string {
  const syllables = ['ka', 'lo', 'mer', 'tan', 'vi', 'zu', 'ro', 'pel', 'dan', 'shi', 'qu', 'or', 'bex', 'nal', 'tor', 'ge', 'mi', 'sa', 'fen', 'dro']
  let name = ''
  for (let place = 0, rest = n; place < 4; place++, rest = Math.floor(rest / 20)) name += syllables[rest % 20]
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * One cable of one paragraph, `size` characters long, of sentences made by `sentence` for each
 * person in turn (given a made-up given name and surname): the shapes below.
 */
function oneParagraph(size: number, sentence: (given: string, surname: string) => string): string {
  const parts = ['UNCLAS SECTION 01 OF 02 GENEVA 000123\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: PEOPLE\n\n1. (SBU)']
  let length = parts[0]!.length
  for (let person = 0; length < size; person++) {
    const made = sentence(madeUpName(person), madeUpName(person + 80_000))
    parts.push(made)
    length += made.length
  }
  return parts.join('')
}

/**
 * Every sentence names a new protected person and then mentions the surname again: about 8,500
 * people a megabyte. The names are sought and verified for each person, so this shows whether
 * time grows with the length times the number of people (it did: 142 s for 1 MB before session
 * 9) or with the length.
 */
function manyPeople(size: number): string {
  return oneParagraph(size, (given, surname) => ` ${given} ${surname} (protect) said the ministry would review the matter; ${surname} added that nothing was decided.\n`)
}

/**
 * Markers that name nobody but a description (`Our contact (protect)`), each followed by `the
 * contact, …` and a pronoun's marker (`He also said (protect)`): the redactor reads the names the
 * description is given later and those of the sentence before a pronoun. Once per place, not once
 * per marker and place (a search to the end of the text from each marker was quadratic).
 */
function manyDescribed(size: number): string {
  return oneParagraph(size, (given, surname) => ` Our contact (protect) said the ministry would review it; the contact, ${given} ${surname}, left. He also said (protect) that it was so.\n`)
}

/**
 * As {@link manyPeople}, but each marker names nobody (`Our contacts with … in Tirana (protect)`):
 * the redactor withholds each sentence and protects the names in it, everywhere in the text.
 */
function manyNameless(size: number): string {
  return oneParagraph(size, (given, surname) => ` Our contacts with ${given} ${surname} in Tirana (protect) said the ministry would review it; ${surname} added that nothing was decided.\n`)
}

/** Parse, lint and redact one text; returns its size in bytes. */
function wholeJob(text: string): number {
  const tree = parse(text)
  lint(new VFile({path: 'big.txt', value: text}), {tree})
  redact(text, {release: 'U', tree})
  return Buffer.byteLength(text)
}

/**
 * A stage returns the bytes it processed; a child-process stage also its child's peak RSS and
 * the child's own time (without making copies before it or removing its output after).
 */
const stages: Record<string, (input: Input) => number | {bytes: number; peakRssMb: number; seconds?: number}> = {
  baseline(input) {
    // Read from disk again (that is part of the baseline) and run one regex.
    let count = 0
    let bytes = 0
    for (const {path} of input.files) {
      const text = readFileSync(path, 'utf8')
      bytes += Buffer.byteLength(text)
      count += text.match(/^\s*E\.?\s?O\.?\s*\d{4,6}/gm)?.length ?? 0
    }
    if (count < 0) throw new Error('unreachable')
    return bytes
  },
  parse(input) {
    for (const {text} of input.files) parse(text)
    return input.bytes
  },
  lint(input) {
    for (const {path, text} of input.files) lint(new VFile({path, value: text}))
    return input.bytes
  },
  redact(input) {
    for (const {text} of input.files) redact(text, {release: 'U'})
    return input.bytes
  },
  'lint 10x'(input) {
    // The same cables ten times over, one after another: time should grow ten-fold, not more
    // (issue 7: 10× the input in at most 11× the time; compare with the `lint` row).
    for (let copy = 0; copy < 10; copy++) for (const {path, text} of input.files) lint(new VFile({path, value: text}))
    return input.bytes * 10
  },
  'one-line 5 MB'(input) {
    return wholeJob(oneLine(input, 5e6))
  },
  'one-line 20 MB'(input) {
    // Four times the 5 MB line: linear time means about four times as long (same MB/s).
    return wholeJob(oneLine(input, 20e6))
  },
  'one-line 20 MB, the 5 MB line 4 times'(input) {
    // The 20 MB line above holds more cables, hence more protected people, than the 5 MB one,
    // and names are sought for each person: this one holds the same people as the 5 MB line, so
    // it shows how time grows with the length alone.
    const line = oneLine(input, 5e6)
    return wholeJob([line, line, line, line].join(' '))
  },
  'one paragraph 5 MB, a protected person a sentence'() {
    return wholeJob(manyPeople(5e6))
  },
  'one paragraph 20 MB, a protected person a sentence'() {
    // Four times the people of the 5 MB paragraph: linear time means about four times as long.
    return wholeJob(manyPeople(20e6))
  },
  'one paragraph 5 MB, a nameless marker a sentence'() {
    return wholeJob(manyNameless(5e6))
  },
  'one paragraph 5 MB, a described source a sentence'() {
    return wholeJob(manyDescribed(5e6))
  },
  '5 MB of ((((('() {
    return wholeJob('C O N F I D E N T I A L\n\n1. (C) ' + '('.repeat(5e6))
  },
  // The issue's own baseline, a plain Node script that reads the files and runs one regular
  // expression, timed as the CLI stages are: a child process, start-up included.
  'baseline script'(input) {
    return benchScript(join(repoRoot, 'bench', 'baseline-script.mjs'), input.files.map((file) => file.path))
  },
  // The whole CLI as a user runs it (child process: start-up, discovery, workers, report,
  // writing copies); the built package when `npm run build` has run, else the sources under tsx.
  'cli lint'(input) {
    return cliStage(input.files.map((file) => file.path), 'lint', ['--format', 'json'])
  },
  // The default report format: vfile-reporter's stylish text, written a file at a time.
  'cli lint (stylish)'(input) {
    return cliStage(input.files.map((file) => file.path), 'lint', [])
  },
  'cli check --out'(input) {
    return cliStage(input.files.map((file) => file.path), 'check', ['--format', 'json'])
  },
  // Redaction alone as the CLI runs it: redact, verify, and write the copies, logs and diffs.
  'cli redact --out'(input) {
    return cliStage(input.files.map((file) => file.path), 'redact', [])
  },
  // The same files three times over (hard links): with the `cli lint` row, what a run costs
  // once (start-up, each worker's compiling) and what each further cable costs, the rate
  // of an archive-sized run.
  'cli lint 3x'(input) {
    const copies = replicate([...new Set(input.files.map((file) => file.path))], 3)
    try {
      return cliStage(copies.files, 'lint', ['--format', 'json'])
    } finally {
      rmSync(copies.folder, {recursive: true, force: true})
    }
  },
}

/** One CLI run over `files` as a stage result: the child's time and peak RSS. */
function cliStage(files: readonly string[], command: 'lint' | 'check' | 'redact', args: readonly string[]): {bytes: number; peakRssMb: number; seconds: number} {
  const result = benchCli(files, {command, entry: existsSync(builtBin()) ? 'dist' : 'source', args})
  return {bytes: result.mb * 1e6, peakRssMb: result.peakRssMb, seconds: result.seconds}
}

interface StageResult {
  stage: string
  seconds: number[]
  bytes: number
  maxRssMb: number
}

/** Child mode: `tsx bench/run.ts --stage <name>` prints one JSON line. */
function runStage(stage: string): void {
  const body = stages[stage]
  if (!body) throw new Error(`unknown stage ${stage}`)
  const input = load()
  const seconds: number[] = []
  let bytes = 0
  let childRss = 0
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    const done = body(input)
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9
    if (typeof done === 'number') {
      bytes = done
      seconds.push(elapsed)
    } else {
      bytes = done.bytes
      childRss = Math.max(childRss, done.peakRssMb)
      seconds.push(done.seconds ?? elapsed)
    }
  }
  // A CLI stage's memory is its child's, not this process's (which holds the texts for the others).
  const result: StageResult = {stage, seconds, bytes, maxRssMb: childRss > 0 ? childRss : process.resourceUsage().maxRSS / 1024}
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function main(): void {
  const script = fileURLToPath(import.meta.url)
  const {name, list, repeat} = paths()
  console.log(`input: ${name}; cpus: ${os.cpus().length}; node ${process.version}; ${runs} runs per stage, median shown`)
  const results: StageResult[] = []
  for (const stage of Object.keys(stages)) {
    const output = execFileSync(process.execPath, [...process.execArgv, script, '--stage', stage], {encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit']})
    const line = output.trim().split('\n').at(-1) ?? '{}'
    results.push(JSON.parse(line) as StageResult)
  }
  const baseline = results.find((result) => result.stage === 'baseline')
  const baseRate = baseline ? baseline.bytes / 1e6 / median(baseline.seconds) : Number.NaN
  const rows = results.map((result) => {
    const seconds = median(result.seconds)
    const rate = result.bytes / 1e6 / seconds
    return {stage: result.stage, mb: (result.bytes / 1e6).toFixed(1), seconds: seconds.toFixed(2), rate: rate.toFixed(1), ratio: (rate / baseRate).toFixed(3), rss: result.maxRssMb.toFixed(0)}
  })
  console.log(`${list.length * repeat} files`)
  console.log('| stage | MB | median s | MB/s | ratio to baseline | peak RSS MB |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) console.log(`| ${row.stage} | ${row.mb} | ${row.seconds} | ${row.rate} | ${row.ratio} | ${row.rss} |`)
  // Each stage over the same files against the issue's own baseline, the plain script (a process,
  // start-up included): the CLI rows are timed the same way, the in-process rows without start-up.
  const baselineScript = results.find((result) => result.stage === 'baseline script')
  if (baselineScript) {
    const scriptSeconds = median(baselineScript.seconds)
    for (const result of results.filter((candidate) => !candidate.stage.startsWith('baseline') && candidate.bytes === baselineScript.bytes)) {
      console.log(`${result.stage}: ${(median(result.seconds) / scriptSeconds).toFixed(1)}× the time of the baseline script (${scriptSeconds.toFixed(2)} s)`)
    }
  }
  // Three times the input against once: the cost of each further megabyte, start-up and
  // warming up left out.
  const once = results.find((result) => result.stage === 'cli lint')
  const thrice = results.find((result) => result.stage === 'cli lint 3x')
  if (once && thrice) {
    const extraSeconds = median(thrice.seconds) - median(once.seconds)
    const extraMb = (thrice.bytes - once.bytes) / 1e6
    console.log(`cli lint beyond the first copy: ${extraMb.toFixed(1)} MB more in ${extraSeconds.toFixed(2)} s more, ${(extraMb / extraSeconds).toFixed(1)} MB/s; a run's fixed cost ${(median(once.seconds) - once.bytes / 1e6 / (extraMb / extraSeconds)).toFixed(2)} s`)
  }
}

const stageIndex = process.argv.indexOf('--stage')
if (stageIndex !== -1) runStage(process.argv[stageIndex + 1] ?? '')
else main()
