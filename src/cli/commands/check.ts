/** `cablelint check`: registered with its flags and help; not wired to the engine yet, so it says so (exit 2). */
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'

const command: Command = {
  name: 'check',
  args: 'PATH…',
  summary: 'Lint and redact: write the report, the redacted copy, the redaction log and the diff for each cable to --out DIR.',
  async run(_options, io) {
    return fail(io, errors.notImplemented('check'))
  },
}

export default command
