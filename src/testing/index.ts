/**
 * `cablelint/testing`: fast-check arbitraries that produce cables together with their ground
 * truth, for property tests of cablelint itself and of a user's own policy. Explicit named
 * exports only (STYLE principle 10). Requires `fast-check` (v4) in the user's project.
 */
export {cable, cablePlan, writeCable, type CableOptions, type CablePlan} from './arbitraries/cable.js'
export {header, securityIndicator, type HeaderOptions, type HeaderPlan} from './arbitraries/header.js'
export {fillerSentences, paragraph, sentence, type ParagraphOptions, type ParagraphPlan, type SentencePlan} from './arbitraries/paragraph.js'
export {personName, titles, type PersonNameOptions} from './arbitraries/person-name.js'
export {formatPortionMarking, isAboveBanner, levelsWithin, portionLevels, portionMarking} from './arbitraries/portion-marking.js'
export {
  mentionForms,
  type CableClassification,
  type GeneratedCable,
  type GroundTruth,
  type Layout,
  type MentionForm,
  type MentionTruth,
  type ParagraphTruth,
  type PersonName,
  type PersonTruth,
  type PortionTruth,
  type TextRange,
} from './ground-truth.js'
export {propertyParameters, type PropertyEnvironment, type PropertyParameters} from './parameters.js'
