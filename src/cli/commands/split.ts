/**
 * `cablelint split FILE --out DIR`: the release's CSV file (`cables.csv`, 251,287 cables) as one
 * file per cable, `DIR/<ID>.txt`, each the cable's row byte for byte, which `check`, `lint` and
 * `redact` read (the fields before the header as the archive's metadata). A file that large is
 * refused as one cable (read-input.ts), and no other tool is needed to get from the release to
 * public copies. Those are the rows redacted; a withheld span that crosses a row's field
 * separators takes them with it, and that copy is no valid CSV row any more (README).
 *
 * Streamed: one row in memory at a time. Each file is written atomically, so a Ctrl-C leaves only
 * whole rows. A row that is not eight fields stops the run with its line: the file is then not
 * the release's, or not read as it was written.
 */
import {createReadStream, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {csvRows} from '../../input/csv-rows.js'
import {writeAtomic} from '../atomic-write.js'
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'
import {exitCodes} from '../exit-codes.js'
import {progressEnabled} from '../progress.js'

/** A file name from an ID: the release's IDs are capitals and digits (`66BUENOSAIRES2481`). */
const safeId = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/

const command: Command = {
  name: 'split',
  args: 'FILE',
  summary: "Split the release's CSV file (cables.csv) into DIR, one file per cable (--out DIR): each its row byte for byte, for check, lint and redact.",
  async run(options, io) {
    const [path, ...extra] = options.paths
    if (path === undefined) return fail(io, errors.missingPath('split', "the release's CSV file"))
    if (extra.length > 0) return fail(io, errors.tooManyPaths('split', options.paths.length, 'Split one file at a time.'))
    if (options.out === undefined) return fail(io, errors.missingPath('split', '--out DIR, the folder for the cables'))
    const file = resolve(io.cwd, path)
    const out = resolve(io.cwd, options.out)
    let size: number
    try {
      const stat = statSync(file)
      if (stat.isDirectory()) return fail(io, errors.isDirectory(path, 'split'))
      size = stat.size
    } catch (error) {
      const code = (error as {code?: unknown}).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return fail(io, errors.notFound(path))
      return fail(io, errors.unreadable(path, typeof code === 'string' ? code : String(error)))
    }
    const started = io.now()
    const showProgress = progressEnabled(io, options.progress)
    let lastDrawn = 0
    let rows = 0
    let bytes = 0
    const names = new Set<string>()
    for await (const row of csvRows(createReadStream(file, {highWaterMark: 1 << 20}))) {
      if (row.fields !== 8) {
        if (showProgress) io.stderr.write('\r\u001B[K')
        return fail(io, errors.notReleaseCsv(path, row.line, row.fields))
      }
      rows++
      // Two rows with one ID (the release repeats a few): the later ones get `-2`, `-3`…
      const base = safeId.test(row.id) ? row.id : `row-${rows}`
      let name = base
      for (let copy = 2; names.has(name.toLowerCase()); copy++) name = `${base}-${copy}`
      names.add(name.toLowerCase())
      const target = join(out, `${name}.txt`)
      if (target === file) return fail(io, errors.cannotWriteRow(row.id, options.out, new Error('it would replace the CSV file itself')))
      try {
        writeAtomic(target, row.bytes)
      } catch (error) {
        if (showProgress) io.stderr.write('\r\u001B[K')
        return fail(io, errors.cannotWriteRow(row.id, options.out, error))
      }
      bytes += row.bytes.length
      if (showProgress && io.now() - lastDrawn >= 100) {
        lastDrawn = io.now()
        io.stderr.write(`\r\u001B[K  ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} of ${(size / 1e6).toFixed(1)} MB`)
      }
    }
    if (showProgress) io.stderr.write('\r\u001B[K')
    if (rows === 0) return fail(io, errors.noRows(path))
    const seconds = (io.now() - started) / 1000
    io.stderr.write(
      `Split summary\n  rows     ${rows.toLocaleString('en-US')}\n  written  ${rows.toLocaleString('en-US')} files in ${options.out}\n  time     ${seconds.toFixed(2)} s (${(bytes / 1e6 / Math.max(seconds, 0.001)).toFixed(1)} MB/s)\n`,
    )
    return exitCodes.ok
  },
}

export default command
