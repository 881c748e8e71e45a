/** `cablelint rules`: registered with its flags and help; not wired to the engine yet, so it says so (exit 2). */
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'

const command: Command = {
  name: 'rules',
  args: '',
  summary: 'List the lint rules with their severity, summary and authority.',
  async run(_options, io) {
    return fail(io, errors.notImplemented('rules'))
  },
}

export default command
