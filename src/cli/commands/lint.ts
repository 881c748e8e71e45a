/** `cablelint lint PATH…`: check classification markings and report findings. */
import {runBatch} from '../batch.js'
import type {Command} from '../command.js'

const command: Command = {
  name: 'lint',
  args: 'PATH…',
  summary: "Check classification markings of cables (files, folders, globs or '-') and report each finding with its rule, severity and position.",
  run: (options, io) => runBatch('lint', options, io),
}

export default command
