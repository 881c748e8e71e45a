/** `cablelint lint`: registered with its flags and help; not wired to the engine yet, so it says so (exit 2). */
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'

const command: Command = {
  name: 'lint',
  args: 'PATH…',
  summary: 'Check classification markings and report findings.',
  async run(_options, io) {
    return fail(io, errors.notImplemented('lint'))
  },
}

export default command
