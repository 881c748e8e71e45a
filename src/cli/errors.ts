/**
 * User-facing fatal messages. Each names what went wrong and where, then says what to do
 * next, in one line (plus, for usage errors, a hint line pointing at `--help`). They never
 * quote a cable's content, only paths and flags the user typed.
 */
import {exitCodes} from './exit-codes.js'
import type {ExitCode} from './exit-codes.js'
import type {Io} from './io.js'

export interface CliError {
  exitCode: ExitCode
  /** One line, without the `cablelint: ` prefix. */
  message: string
  /** A second line, e.g. where to find usage. */
  hint?: string
}

const usage = (message: string, command?: string): CliError => ({
  exitCode: exitCodes.usage,
  message,
  hint: `Run 'cablelint${command === undefined ? '' : ` ${command}`} --help' for usage.`,
})
const input = (message: string): CliError => ({exitCode: exitCodes.usage, message})

/** A file-system error as its code (`ENOSPC`, `EACCES`), or its text when it has none. */
function systemReason(error: unknown): string {
  return (error as {code?: unknown}).code?.toString() ?? String(error)
}

/** How a path is named in messages: `-` is standard input. */
export function shown(path: string): string {
  return path === '-' ? 'standard input' : `'${path}'`
}

export const errors = {
  // Usage.
  missingCommand: () => usage('missing a command or a path. Give a cable file, or a command such as parse.'),
  unknownCommand: (name: string, suggestion: string | undefined) =>
    usage(`unknown command '${name}'.${suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`}`),
  unknownFlag: (flag: string, command: string | undefined, suggestion: string | undefined) =>
    usage(`unknown option '${flag}'.${suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`}`, command),
  flagNotForCommand: (flag: string, command: string | undefined, owners: readonly string[]) =>
    usage(
      `option '${flag}' does not apply to ${command === undefined ? 'the top level' : `'${command}'`}; it is for ${owners.map((owner) => `'${owner}'`).join(', ')}.`,
      command,
    ),
  flagNeedsValue: (flag: string, command: string | undefined) => usage(`option '${flag}' needs a value.`, command),
  flagTakesNoValue: (flag: string, command: string | undefined) => usage(`option '${flag}' takes no value.`, command),
  flagValueLooksLikeOption: (flag: string, command: string | undefined) =>
    usage(`option '${flag}' needs a value, but the next argument starts with '-'. Give a value that starts with a dash as '${flag}=VALUE'.`, command),
  invalidValue: (flag: string, expected: string, command: string | undefined) =>
    usage(`invalid value for '${flag}': expected ${expected}.`, command),
  missingPath: (command: string, what: string) => usage(`'${command}' needs ${what}.`, command),
  tooManyPaths: (command: string, count: number, instead: string) =>
    usage(`'${command}' reads one file, but ${count} were given. ${instead}`, command),
  unexpectedArgument: (command: string, argument: string) => usage(`'${command}' takes no arguments, but got '${argument}'.`, command),
  notImplemented: (command: string) => ({
    exitCode: exitCodes.usage,
    message: `'${command}' is not implemented yet. Use 'cablelint parse FILE' to see how a cable is read.`,
  }),

  // Input.
  notFound: (path: string) => input(`cannot read ${shown(path)}: no such file or directory. Check the path.`),
  isDirectory: (path: string, command: string) =>
    input(`${shown(path)} is a directory, but '${command}' reads one file. Give a file, or run 'cablelint check ${path}' for a whole folder.`),
  permissionDenied: (path: string) => input(`cannot read ${shown(path)}: permission denied. Check the file's permissions.`),
  unreadable: (path: string, reason: string) => input(`cannot read ${shown(path)}: ${reason}. Check the path and try again.`),
  notText: (path: string) =>
    input(`${shown(path)} is not a text file (it contains NUL bytes). Give a cable saved as UTF-8 or Latin-1 text.`),
  empty: (path: string) => input(`${shown(path)} is empty. Give a file that contains a cable.`),
  tooLarge: (path: string, size: number, limit: number) =>
    input(
      `${shown(path)} is ${megabytes(size)}, larger than any cable (at most ${megabytes(limit)} are read as one). If it holds many cables, as the release's cables.csv does, save each as a file of its own first ('cablelint split ${path} --out DIR').`,
    ),
  foreignFormat: (path: string, format: 'JSON' | 'HTML' | 'XML') =>
    input(
      `${shown(path)} is a ${format} document, not a cable's text. Save the cable's text (header and body) as a plain-text file first${
        format === 'JSON' ? ': an archive API response holds it in a field such as `text`' : format === 'HTML' ? ": a cable page holds it in its <pre> blocks" : ''
      }.`,
    ),
  unsupportedEncoding: (path: string) =>
    input(`${shown(path)} is UTF-16 or UTF-32 text, which cablelint does not read. Save it as UTF-8 and try again.`),
  noMatch: (pattern: string) => input(`no files match '${pattern}'. Check the pattern, or quote it so the shell does not expand it.`),
  noFiles: (paths: readonly string[], extensions: readonly string[]) =>
    input(
      `no ${extensions.map((ext) => `*.${ext}`).join(' or ')} files found in ${paths.map(shown).join(', ')}. Check the path, or set --ext.`,
    ),

  notReleaseCsv: (path: string, line: number, fields: number) =>
    input(
      `${shown(path)} is not the release's CSV file: the row at line ${line} has ${fields} field${fields === 1 ? '' : 's'}, expected 8 (number, date, ID, origin, classification, references, header, body). Nothing more was split.`,
    ),
  noRows: (path: string) => input(`${shown(path)} holds no row of the release's CSV file. Give the release's cables.csv.`),

  // Output.
  cannotWriteRow: (id: string, out: string, error: unknown) =>
    input(`cannot write the row of '${id}' under '${out}': ${systemReason(error)}. Rows written before it are complete; check that the folder is writable and the free space.`),
  cannotWriteCopy: (path: string, out: string, error: unknown) =>
    input(`cannot write the redacted copy of '${path}' under '${out}': ${systemReason(error)}. Check that the folder is writable.`),
  cannotWriteReport: (output: string, error: unknown) =>
    input(`cannot write the report to '${output}': ${systemReason(error)}. Nothing was written there; check that its folder exists and is writable, and the free space.`),

  internal: (error: unknown) => ({
    exitCode: exitCodes.usage,
    message: `internal error: ${error instanceof Error ? error.message : String(error)}. This is a bug in cablelint; please report it with the command you ran.`,
  }),
} satisfies Record<string, (...args: never[]) => CliError>

/** Print `error` on stderr and return its exit code. */
export function fail(io: Io, error: CliError): ExitCode {
  io.stderr.write(`cablelint: ${error.message}\n${error.hint === undefined ? '' : `${error.hint}\n`}`)
  return error.exitCode
}

/** `1,734.2 MB`, for sizes in messages. */
function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en-US', {maximumFractionDigits: 1})} MB`
}
