/**
 * `cablelint review PATH [--release LEVEL]`: a local review page for the cables under PATH.
 * Prints the session address and serves until interrupted (Ctrl-C); each decision is
 * written at once, atomically, so stopping never loses one.
 */
import {stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {startReviewServer} from '../../review/server.js'
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'
import {exitCodes} from '../exit-codes.js'

const command: Command = {
  name: 'review',
  args: 'PATH',
  summary:
    'Open a local review page (127.0.0.1, session token in the address) for the cables under PATH: original and redacted side by side, keep or withhold ambiguous spans with a reason, saved beside each cable as NAME.decisions.json for redact to read.',
  async run(options, io) {
    const [path, ...extra] = options.paths
    if (path === undefined) return fail(io, errors.missingPath('review', 'a cable file or a folder of cables'))
    if (extra.length > 0) return fail(io, errors.tooManyPaths('review', options.paths.length, 'Give one file or one folder.'))
    const root = resolve(io.cwd, path)
    try {
      await stat(root)
    } catch {
      return fail(io, errors.notFound(path))
    }
    const server = await startReviewServer({root, release: options.release, ext: options.ext})
    io.stdout.write(
      `cablelint review: ${path} at release ${options.release}\n` +
        `Open ${server.url}\n` +
        'The address carries this session’s token: do not share it. Press Ctrl-C to stop.\n',
    )
    // Serve until the process is stopped; decisions are already on disk when it is.
    await new Promise<never>(() => {})
    return exitCodes.ok
  },
}

export default command
