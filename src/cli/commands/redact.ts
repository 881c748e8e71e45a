/** `cablelint redact`: registered with its flags and help; not wired to the engine yet, so it says so (exit 2). */
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'

const command: Command = {
  name: 'redact',
  args: 'PATH…',
  summary: 'Write redacted copies for release at --release LEVEL, refusing (exit 3) if anything protected would leak.',
  async run(_options, io) {
    return fail(io, errors.notImplemented('redact'))
  },
}

export default command
