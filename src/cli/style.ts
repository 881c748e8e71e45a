/**
 * Terminal colour, applied only when the caller says colour is on: formatters and progress
 * take colour as an option and never read the environment (STYLE.md principle 9).
 */
import {styleText} from 'node:util'
import type {Io, OutputStream} from './io.js'

type Format = Parameters<typeof styleText>[0]

/**
 * `text` styled with `format` when `color` is true, else unchanged. `validateStream: false`
 * because the decision is `color`'s: styleText would otherwise check process.stdout itself.
 */
export function paint(color: boolean, format: Format, text: string): string {
  return color ? styleText(format, text, {validateStream: false}) : text
}

/**
 * Whether to colour output written to `stream`: `--color`/`--no-color` when given, else
 * on for a terminal unless `NO_COLOR` is set (no-color.org) or `TERM=dumb`;
 * `FORCE_COLOR` (other than `0`) turns it on.
 */
export function colorFor(flag: boolean | undefined, stream: OutputStream, env: Io['env']): boolean {
  if (flag !== undefined) return flag
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isEscapeTerminal(stream, env)
}

/**
 * Whether `stream` is a terminal that acts on escape sequences (colour, erasing a line): a
 * terminal, and not `TERM=dumb` (an editor's output pane, say).
 */
export function isEscapeTerminal(stream: OutputStream, env: Io['env']): boolean {
  return stream.isTTY && env.TERM !== 'dumb'
}
