/** The shape of a command module in `commands/`: its help facts and its `run`. */
import type {ExitCode} from './exit-codes.js'
import type {CommandInfo} from './flags.js'
import type {Io} from './io.js'
import type {Options} from './options.js'

export interface Command extends CommandInfo {
  /** Do the command's job; print to `io`; return the exit code. Never calls process.exit. */
  run(options: Options, io: Io): Promise<ExitCode>
}
