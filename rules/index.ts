/**
 * The registry: rule id → rule, sorted by id. The only list of rules: the engine, the docs,
 * `cablelint rules`, the SARIF `rules` array and the config validator all read it.
 */
import type {AnyRule} from '../src/lint/define-rule.js'
import classificationAuthority from './classification-authority.js'
import classificationBanner from './classification-banner.js'
import classificationReason from './classification-reason.js'
import declassificationInstruction from './declassification-instruction.js'
import executiveOrder from './executive-order.js'
import noAnachronisticExecutiveOrder from './no-anachronistic-executive-order.js'
import noAnachronisticReasonSection from './no-anachronistic-reason-section.js'
import noBannerAbovePortions from './no-banner-above-portions.js'
import noClassifiedByOnUnclassified from './no-classified-by-on-unclassified.js'
import noCombinedBannerTerm from './no-combined-banner-term.js'
import noDeclassificationBeforeOrigination from './no-declassification-before-origination.js'
import noDeclassificationBeyond25Years from './no-declassification-beyond-25-years.js'
import noDeclassificationOnUnclassified from './no-declassification-on-unclassified.js'
import noDuplicateHeader from './no-duplicate-header.js'
import noInvalidDeclassificationDate from './no-invalid-declassification-date.js'
import noInvalidReasonCategory from './no-invalid-reason-category.js'
import noMetadataMismatch from './no-metadata-mismatch.js'
import noNonStandardMarking from './no-non-standard-marking.js'
import noObsoleteDeclassification from './no-obsolete-declassification.js'
import noPortionAboveBanner from './no-portion-above-banner.js'
import noProtectedSource from './no-protected-source.js'
import noRelInNoforn from './no-rel-in-noforn.js'
import noSbuWithoutSensitive from './no-sbu-without-sensitive.js'
import noSectionTotalMismatch from './no-section-total-mismatch.js'
import noSecurityIndicatorMismatch from './no-security-indicator-mismatch.js'
import noSerialMismatch from './no-serial-mismatch.js'
import noUncarriedDissemination from './no-uncarried-dissemination.js'
import noUnidentifiedProtectedSource from './no-unidentified-protected-source.js'
import noUnknownMarking from './no-unknown-marking.js'
import paragraphNumbering from './paragraph-numbering.js'
import portionMarking from './portion-marking.js'
import subjectMarking from './subject-marking.js'

export const rules: Readonly<Record<string, AnyRule>> = {
  'classification-authority': classificationAuthority,
  'classification-banner': classificationBanner,
  'classification-reason': classificationReason,
  'declassification-instruction': declassificationInstruction,
  'executive-order': executiveOrder,
  'no-anachronistic-executive-order': noAnachronisticExecutiveOrder,
  'no-anachronistic-reason-section': noAnachronisticReasonSection,
  'no-banner-above-portions': noBannerAbovePortions,
  'no-classified-by-on-unclassified': noClassifiedByOnUnclassified,
  'no-combined-banner-term': noCombinedBannerTerm,
  'no-declassification-before-origination': noDeclassificationBeforeOrigination,
  'no-declassification-beyond-25-years': noDeclassificationBeyond25Years,
  'no-declassification-on-unclassified': noDeclassificationOnUnclassified,
  'no-duplicate-header': noDuplicateHeader,
  'no-invalid-declassification-date': noInvalidDeclassificationDate,
  'no-invalid-reason-category': noInvalidReasonCategory,
  'no-metadata-mismatch': noMetadataMismatch,
  'no-non-standard-marking': noNonStandardMarking,
  'no-obsolete-declassification': noObsoleteDeclassification,
  'no-portion-above-banner': noPortionAboveBanner,
  'no-protected-source': noProtectedSource,
  'no-rel-in-noforn': noRelInNoforn,
  'no-sbu-without-sensitive': noSbuWithoutSensitive,
  'no-section-total-mismatch': noSectionTotalMismatch,
  'no-security-indicator-mismatch': noSecurityIndicatorMismatch,
  'no-serial-mismatch': noSerialMismatch,
  'no-uncarried-dissemination': noUncarriedDissemination,
  'no-unidentified-protected-source': noUnidentifiedProtectedSource,
  'no-unknown-marking': noUnknownMarking,
  'paragraph-numbering': paragraphNumbering,
  'portion-marking': portionMarking,
  'subject-marking': subjectMarking,
}

/** Every rule id, sorted. */
export const ruleIds: readonly string[] = Object.keys(rules)
