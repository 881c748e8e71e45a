/** `cablelint redact PATH…`: redacted public copies, refused (exit 3) on any leak. */
import {runBatch} from '../batch.js'
import type {Command} from '../command.js'

const command: Command = {
  name: 'redact',
  args: 'PATH…',
  summary:
    'Write redacted copies for release at --release LEVEL (one cable to standard output, or DIR/public with logs and diffs in DIR/review with --out DIR), refusing (exit 3) if anything protected would leak.',
  run: (options, io) => runBatch('redact', options, io),
}

export default command
