/**
 * cablelint's library entry: parse, lint and redact cables, and format reports. Browser-safe:
 * nothing here imports `cli/` or `batch/` (DESIGN.md, Layers).
 */
export {parse, type ParseOptions} from './syntax/parse.js'
export {default as cableParse} from './syntax/plugin.js'
export {outline} from './syntax/outline.js'
export {parseMarking, matchBannerMarking, formatMarking} from './syntax/marking.js'
export {findProtectMarkers, type ProtectMarkerMatch} from './syntax/protect-marker.js'
export type * from './syntax/types.js'
export * from './classification.js'

export {lint, runRule, ruleUrl, type LintOptions, type LintResult, type InternalError} from './lint/engine.js'
export {defineRule, type AnyRule, type Rule, type Severity} from './lint/define-rule.js'
export {parseConfig, configSchema, defaultConfig, type Config, type ConfigError} from './lint/config.js'
export {parseSuppressions, suppressionsSchema, type Suppressions} from './lint/suppressions.js'
export {baselineSchema, createBaseline, type Baseline} from './lint/baseline.js'
export type {Finding} from './lint/finding.js'
export {rules} from '../rules/index.js'

export {redact, type RedactOptions, type RedactResult} from './redact/redact.js'
export {parseDecisions, decisionsSchema, type Decisions} from './redact/decisions.js'
export type {Span, SpanReason} from './redact/spans.js'
export type {RedactionLogEntry} from './redact/log.js'

export * from './report/index.js'
export {diffRedaction} from './report/diff.js'

export {decode, type DecodeResult, type Encoding} from './input/decode.js'
export {encode, type EncodeResult} from './input/encode.js'
