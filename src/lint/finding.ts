/**
 * A finding: a VFileMessage stamped by the engine. The fields vfile-message already has
 * (`ruleId`, `source`, `place`, `fatal`, `url`) carry the contract; the ones added here are
 * what reports, suppressions and baselines need besides.
 */
import type {VFileMessage} from 'vfile-message'
import type {Position} from '../syntax/types.js'

export interface Finding extends VFileMessage {
  ruleId: string
  source: 'cablelint'
  url: string
  /** Always a position (start and end, with offsets), never a bare point. */
  place: Position
  /** The rule's message id (`aboveBanner`). */
  messageId: string
  /** Stable across line moves: rule + message id + the finding's text (see `baseline.ts`). */
  fingerprint: string
  /** Set when a suppressions-file entry matched: the finding is kept but not counted. */
  suppression?: {justification: string} | undefined
}
