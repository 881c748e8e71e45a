/**
 * `run(argv, io)`: the whole CLI as a function that returns an exit code. It never calls
 * `process.exit` and never touches `process` (ESLint `lib/cli.js`), so tests drive it with a
 * fake `io`; `bin.ts` is the only place that meets the real process.
 */
import {commands} from './commands/index.js'
import {errors, fail} from './errors.js'
import {exitCodes} from './exit-codes.js'
import type {ExitCode} from './exit-codes.js'
import {commandNames, formatHelp} from './flags.js'
import type {Io} from './io.js'
import {parseOptions} from './options.js'
import {packageVersion} from './version.js'

const infos = commandNames.map((name) => commands[name])

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  try {
    const parsed = parseOptions(argv, io.cwd)
    if (!parsed.ok) return fail(io, parsed.error)
    const {options} = parsed
    if (options.help) {
      io.stdout.write(formatHelp(infos, options.command))
      return exitCodes.ok
    }
    if (options.version) {
      io.stdout.write(`${packageVersion()}\n`)
      return exitCodes.ok
    }
    if (options.command === undefined) return fail(io, errors.missingCommand())
    return await commands[options.command].run(options, io)
  } catch (error) {
    return fail(io, errors.internal(error))
  }
}
