/** `cablelint parse FILE|-`: show how cablelint reads one cable, as an outline or as JSON. */
import {outline} from '../../syntax/outline.js'
import {parse} from '../../syntax/parse.js'
import type {Command} from '../command.js'
import {errors, fail} from '../errors.js'
import {exitCodes} from '../exit-codes.js'
import {readInput} from '../read-input.js'

const command: Command = {
  name: 'parse',
  args: 'FILE|-',
  summary: 'Print the syntax tree of one cable: a readable outline, or the tree as JSON with --json.',
  async run(options, io) {
    const [path, ...extra] = options.paths
    if (path === undefined) return fail(io, errors.missingPath('parse', "a file (or '-' for standard input)"))
    if (extra.length > 0) {
      return fail(io, errors.tooManyPaths('parse', options.paths.length, "Parse them one at a time, or use 'cablelint check' for many files."))
    }
    const input = await readInput(path, io, 'parse')
    if (!input.ok) return fail(io, input.error)
    const text = String(input.file.value)
    const tree = parse(text)
    if (options.json) {
      io.stdout.write(JSON.stringify(tree, null, 2) + '\n')
    } else {
      const printed = outline(tree, text)
      io.stdout.write(printed.endsWith('\n') ? printed : printed + '\n')
    }
    return exitCodes.ok
  },
}

export default command
