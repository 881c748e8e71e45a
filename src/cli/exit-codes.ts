/**
 * cablelint's exit codes: the one place they are defined. The README's "Exit codes"
 * table and `cablelint --help` are made from `exitCodeDescriptions` below.
 *
 * - 0 `ok`: every file was read and nothing was found over the threshold.
 * - 1 `findings`: lint found errors, or more warnings than `--max-warnings` allows.
 * - 2 `usage`: the command could not do its job: a bad flag or argument, an invalid
 *   config or decisions file, or an input that is missing, unreadable, empty or not text.
 *   Also used for an internal error (a bug), which is reported as such.
 * - 3 `leak`: redaction was refused because verification found protected text in the
 *   output, or a span it could not prove; nothing was written (fail closed).
 *
 * Two more end a run early, from `bin.ts`, as the shell's convention for a signal (128 + its
 * number): 130 after Ctrl-C (SIGINT), 141 when standard output's reader has gone (EPIPE, what
 * SIGPIPE would have ended).
 */
export const exitCodes = {ok: 0, findings: 1, usage: 2, leak: 3} as const

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

/** A run ended early by the process, not by `run` (see above). */
export const stopCodes = {interrupted: 130, readerGone: 141} as const

/** For help text and docs, in code order. */
export const exitCodeDescriptions: ReadonlyArray<readonly [number, string]> = [
  [exitCodes.ok, 'clean: nothing found over the threshold'],
  [exitCodes.findings, 'lint findings over the threshold (errors, or more warnings than --max-warnings)'],
  [exitCodes.usage, 'usage, config or input error (bad flag, missing or unreadable file, not text)'],
  [exitCodes.leak, 'redaction refused: verification found a leak or an unprovable span; nothing written'],
  [stopCodes.interrupted, 'stopped by Ctrl-C: copies already written are whole, no partial file is left'],
  [stopCodes.readerGone, 'stopped because standard output was closed (e.g. piped to head)'],
]
