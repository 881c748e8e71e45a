import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {findEntities} from '../src/redact/entities.js'

/**
 * Why: a protect marker protects the person named right before it (category 1.4(d),
 * "confidential sources"). When no name stands there (`These contacts (strictly protect)
 * include`, `He also said (protect) that`), nobody can tell whom to protect: the redactor
 * withholds the whole sentence (fail closed), and a person must check what the marker meant.
 * The message never repeats the marker's neighbourhood (no-leak contract).
 */
export default defineRule({
  id: 'no-unidentified-protected-source',
  severity: 'error',
  summary: 'A protect marker has no identifiable person before it, so what it protects is unknown.',
  authority:
    'State drafting convention for confidential sources (E.O. 12958 as amended §1.4(d) "confidential sources"); MARKING-RULES F.30 (redaction completeness)',
  messages: {
    unidentified:
      'Unexpected protect marker without a name before it, expected the protected person\'s name right before the marker (the redactor withholds the whole sentence)',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Minister Ivan Petrov (strictly protect) said talks would resume.`,
      cable`
        CONFIDENTIAL
        1. (C) XXXXXXXXXXXX (strictly protect) said talks would resume.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (C) These contacts (strictly protect) said talks would resume.`,
        output: ['2:23-2:41: unidentified'],
      },
    ],
  },
  check(tree, report, file) {
    const {resolutions} = findEntities(String(file.value ?? ''), tree)
    for (const resolution of resolutions) if (resolution.kind === 'unnamed') report('unidentified', resolution.marker)
  },
})
