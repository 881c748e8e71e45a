/** The command registry: name → module, in the order `--help` lists them. */
import type {Command} from '../command.js'
import type {CommandName} from '../flags.js'
import check from './check.js'
import lint from './lint.js'
import parse from './parse.js'
import redact from './redact.js'
import review from './review.js'
import rules from './rules.js'
import split from './split.js'

export const commands: Readonly<Record<CommandName, Command>> = {check, lint, redact, parse, rules, review, split}
