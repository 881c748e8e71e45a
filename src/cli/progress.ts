/**
 * A one-line progress display on stderr for long batch runs: a bar with the share of files
 * done, then files done/total, MB/s, ETA, findings. Shown only on a terminal, never in CI or
 * with `--no-progress`, redrawn at most ten times a second, and erased at the end so it never
 * mixes with the report.
 * Our own, because the libraries are spinners or task lists (DESIGN.md, Dependencies).
 */
import type {Io} from './io.js'
import {isEscapeTerminal, paint} from './style.js'

export interface ProgressState {
  filesDone: number
  bytesDone: number
  findings: number
}

export interface Progress {
  /** Report the running totals; redraws only if 100 ms have passed (or at the last file). */
  update(state: ProgressState): void
  /** Erase the line before other text goes to stderr; the next update redraws it. */
  clear(): void
  /** Erase the line. Safe to call when nothing was drawn. */
  done(): void
}

export interface ProgressOptions {
  /** Number of files in the run. */
  total: number
  /** Sum of their sizes, when known: the ETA is then by bytes, else by files. */
  totalBytes?: number | undefined
  /** `--no-progress` gives false. */
  progress: boolean
  /** Colour on (the caller decides; see `colorFor`). */
  color: boolean
}

/** Minimum time between redraws: at most ten a second. */
const interval = 100

/** Whether to show progress: stderr is a terminal that can erase a line, not in CI, and `--no-progress` not given. */
export function progressEnabled(io: Io, progress: boolean): boolean {
  const ci = io.env.CI
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false'
  return progress && isEscapeTerminal(io.stderr, io.env) && !inCi
}

/** `m:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The text of the line for `state`, `elapsed` seconds after the start. */
export function formatProgress(state: ProgressState, options: Pick<ProgressOptions, 'total' | 'totalBytes'>, elapsed: number): string {
  const parts = [`${state.filesDone}/${options.total} files`]
  if (elapsed > 0) parts.push(`${(state.bytesDone / 1e6 / elapsed).toFixed(1)} MB/s`)
  let remaining: number | undefined
  if (options.totalBytes !== undefined && state.bytesDone > 0) {
    remaining = (elapsed * (options.totalBytes - state.bytesDone)) / state.bytesDone
  } else if (state.filesDone > 0) {
    remaining = (elapsed * (options.total - state.filesDone)) / state.filesDone
  }
  if (remaining !== undefined && state.filesDone < options.total) parts.push(`ETA ${formatDuration(remaining)}`)
  parts.push(`${state.findings} ${state.findings === 1 ? 'finding' : 'findings'}`)
  return parts.join('  ')
}

/** Cells of the bar: wide enough to move visibly every few percent, short enough for 80 columns. */
const barCells = 20

/** `█████░░░░░ 50%`: the share of `total` that `done` is, in `cells` cells (whole cells only). */
export function formatBar(done: number, total: number, cells = barCells): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1
  const filled = Math.floor(share * cells)
  return `${'\u2588'.repeat(filled)}${'\u2591'.repeat(cells - filled)} ${String(Math.floor(share * 100)).padStart(3)}%`
}

const erase = '\r\u001B[K'

/** A progress line on `io.stderr`; a no-op when `progressEnabled` is false. */
export function createProgress(io: Io, options: ProgressOptions): Progress {
  if (!progressEnabled(io, options.progress)) return {update() {}, clear() {}, done() {}}
  const start = io.now()
  let last = -Infinity
  let drawn = false
  return {
    update(state) {
      const now = io.now()
      if (now - last < interval && state.filesDone < options.total) return
      last = now
      const figures = formatProgress(state, options, (now - start) / 1000)
      const withBar = `${formatBar(state.filesDone, options.total)}  ${figures}`
      const width = io.stderr.columns
      // One column short of the width: writing the last column wraps on some terminals. On a
      // narrow terminal the figures keep their place and the bar goes first.
      let line = width === undefined || withBar.length < width ? withBar : figures
      if (width !== undefined && width > 1 && line.length >= width) line = line.slice(0, width - 1)
      io.stderr.write(erase + paint(options.color, 'dim', line))
      drawn = true
    },
    clear() {
      if (drawn) io.stderr.write(erase)
      drawn = false
      // Redraw at the next update, whatever the interval: the line should not stay away.
      last = -Infinity
    },
    done() {
      if (drawn) io.stderr.write(erase)
      drawn = false
    },
  }
}
