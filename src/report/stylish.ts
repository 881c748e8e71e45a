/**
 * The human report: vfile-reporter's stylish output (remark-cli, unified-engine). A pure
 * `(files, options) → string` formatter (STYLE principle 9): colour is an option, never read
 * from the terminal here. Suppressed findings are not shown (as ESLint hides them); rules that
 * threw are shown as errors so that a bug is never silent.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {errorsOnly, type CommonReportOptions, type ReportFile} from './report-file.js'

export interface StylishOptions extends CommonReportOptions {
  /** ANSI colours (default `false`; the CLI decides from the terminal and `--color`). */
  color?: boolean | undefined
  /** Show each message's docs URL and note (vfile-reporter `verbose`). */
  verbose?: boolean | undefined
}

/** Format files as vfile-reporter's stylish text. `quiet` shows errors only. */
export function formatStylish(files: readonly ReportFile[], options: StylishOptions = {}): string {
  const quiet = options.quiet ?? false
  const shown = files.map((entry) => {
    const {file, messages, internalErrors = []} = quiet ? errorsOnly(entry) : entry
    // A fresh VFile: `file.messages` may hold messages the caller did not pass for reporting.
    const copy = new VFile(file.path ? {path: file.path} : {})
    copy.messages.push(...messages)
    for (const error of internalErrors) {
      const message = new VFileMessage(`Internal error in rule \`${error.ruleId}\`: ${error.message}`, {ruleId: 'internal-error', source: 'cablelint'})
      message.fatal = true
      copy.messages.push(message)
    }
    return copy
  })
  return reporter(shown, {
    color: options.color ?? false,
    // vfile-reporter's `silent` is "errors only"; its `quiet` only hides clean files.
    silent: quiet,
    verbose: options.verbose ?? false,
    defaultName: options.defaultName ?? '<stdin>',
  })
}
