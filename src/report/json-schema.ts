/**
 * The JSON report's shape, as a zod schema: the documented, stable contract for scripts that
 * read `cablelint lint --format json`. `version` changes only when a field is removed or
 * changes meaning; new optional fields may appear within a version.
 *
 * Positions follow unist (STYLE principle 6): 1-based `line`/`column`, 0-based `offset`,
 * end exclusive. A value the message lacks (a message with no place) is `null`, so every key
 * is always present.
 */
import * as z from 'zod'

const line = z.number().int().positive().nullable()
const offset = z.number().int().nonnegative().nullable()

export const jsonReportMessageSchema = z.strictObject({
  /** Rule id (docs anchor); `null` for a message that is not a rule finding. */
  ruleId: z.string().min(1).nullable(),
  /** The rule's message id (`aboveBanner`), when the message is a rule finding. */
  messageId: z.string().min(1).optional(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line,
  column: line,
  endLine: line,
  endColumn: line,
  offset,
  endOffset: offset,
  /** Relative docs link, `docs/rules.md#<ruleId>`. */
  url: z.string().min(1).nullable(),
  /** Hash of rule, message id and the flagged text; what a suppressions or baseline entry matches. */
  fingerprint: z.string().min(1).optional(),
  /** Present when a suppressions entry matched: the finding is shown but not counted. */
  suppressed: z.strictObject({justification: z.string()}).optional(),
})

export const jsonReportFileSchema = z.strictObject({
  /** The file's path as given, with forward slashes. */
  path: z.string().min(1),
  /** Active and suppressed findings, sorted by place. */
  messages: z.array(jsonReportMessageSchema),
  /** Rules that threw on this file: bugs in cablelint, not findings. */
  internalErrors: z.array(z.strictObject({ruleId: z.string().min(1), message: z.string()})).optional(),
})

export const jsonReportSchema = z.strictObject({
  version: z.literal(1),
  files: z.array(jsonReportFileSchema),
  /** Counts of active findings (suppressed ones are counted apart) and of files reported. */
  summary: z.strictObject({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
    suppressed: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  }),
})

export type JsonReport = z.infer<typeof jsonReportSchema>
export type JsonReportFile = z.infer<typeof jsonReportFileSchema>
export type JsonReportMessage = z.infer<typeof jsonReportMessageSchema>
