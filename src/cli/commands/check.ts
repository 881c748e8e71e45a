/** `cablelint check PATH…`: the main job, lint and redact in one pass over each cable. */
import {runBatch} from '../batch.js'
import type {Command} from '../command.js'

const command: Command = {
  name: 'check',
  args: 'PATH…',
  summary:
    'Lint and redact in one pass: print the lint report and, with --out DIR, write each redacted copy to DIR/public and its redaction log and diff to DIR/review.',
  run: (options, io) => runBatch('check', options, io),
}

export default command
