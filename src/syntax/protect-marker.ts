/**
 * The grammar of source-protection markers: `(protect)`, `(strictly protect)`,
 * `(please protect)`, `(Victim - PROTECT)`, `(per XXXXXXXXXXXXX, STRICTLY PROTECT)`.
 *
 * A drafting convention for confidential sources (E.O. 12958 §1.4(d) "confidential sources";
 * no handbook text for the convention itself is known, MARKING-RULES C.9). The parser turns
 * each match into a `protectMarker` node; the redactor reads them from the tree.
 *
 * The definition is the one the corpus reference list was built with (corpus README,
 * `PROTECT_MARKERS.tsv`): a parenthesis group with the word `protect` (any case) and at most
 * 40 characters on either side of it, no parenthesis inside, line breaks allowed, so
 * `(strictly\nprotect)` and `xxxxxxxxxxxx(strictly protect source)` are markers. Groups that
 * are prose about protecting rather than a marker are left out: "PROTECT Act",
 * "in order to protect…", "protect our…", "to protect them"; but "protect our" about a person
 * (`(please protect our source)`) is a request, which the reference list did not tell apart.
 *
 * Linear time: every `(` looks ahead at most {@link maxRequestInner} + 1 characters.
 */

/** A protect marker found in the text. */
export interface ProtectMarkerMatch {
  /** Offset of the `(` in the text. */
  start: number
  /** Offset just past the `)` (exclusive). */
  end: number
  /** As written, parentheses included: `text.slice(start, end)`. */
  raw: string
  /** Lower case, white space collapsed, without the parentheses: `strictly protect`. */
  form: string
}

/** Characters allowed before and after `protect` inside the parentheses. */
const maxSide = 40
/** The longest inside of a marker: 40 + `protect` + 40. */
const maxInner = maxSide + 'protect'.length + maxSide

/**
 * A longer group that opens with the request itself, the drafter's explanation after it:
 * `(protect -- he has asked that his identity not be shared with anyone outside the Embassy)`.
 * The reference list's 40 characters a side held every corpus marker; groups of prose about
 * protection are longer, but none opens or (after a dash or a stop) closes with the imperative.
 */
const opensWithRequest = /^\s*(?:(?:please|strictly|urgently|again,?)\s+){0,2}protect\b/i

/** Or closes with it after a dash or a stop (`(a senior official who could be jailed -- please protect)`). */
const closesWithRequest = /(?:--?|\u2014|;|,|:)\s*(?:(?:please|strictly|urgently)\s+){0,2}protect[.!]?\s*$/i

/**
 * The request alone, misspelt or cut short as a hurried drafter may write it: `(protec)`,
 * `(portect)`, `(strictly prtoect)`, `(prot.)`. Only the whole group: the word in a sentence
 * (`(the project)`) is prose. No corpus group is one.
 */
const misspeltRequest = /^(?:(?:please|pls\.?|strictly) )?(?:protec|portect|prtoect|porotect|protcet|proetct|protetc|rpotect|potect|prtect|proect|protet|protct|prot\.?)$/i

/** The longest inside of such a group. */
const maxRequestInner = 240

/** `protect` as a whole word (ASCII word boundaries, as the reference regex used). */
const protectWord = /\bprotect\b/gi

/**
 * Prose that has the word in parentheses but is not a marker (the reference list's
 * exclusions). Tested on the white-space-collapsed group, so a line break inside
 * ("in order\nto protect") does not hide it.
 */
const notMarkers = /protect act|in order to|to protect them|to protect our/i

/**
 * "protect our" is prose when what is protected is a thing (`(protect our interests first)`), a
 * request when it is the person the cable names (`(please protect our source)`, `(protect our
 * contact)`). "to protect our …" stays prose either way (in {@link notMarkers}): an infinitive
 * gives a purpose, not an instruction to the reader.
 */
const protectOur = /protect our/i
const protectOurPerson = /\bprotect our (?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity)\b/i

/**
 * Find every protect marker in `text`, in order. `extra` adds patterns from configuration
 * (`ParseOptions.protectMarkerPatterns`); a match of one of them that overlaps a built-in
 * marker is dropped, so each place is reported once. Empty matches are ignored.
 * Offsets are UTF-16 code units of `text` (JavaScript string indices).
 */
export function findProtectMarkers(text: string, extra: readonly RegExp[] = []): ProtectMarkerMatch[] {
  const found = markersIn(text, '(', ')')
  // A transcription may bracket the request (`Ali Hamdan [protect]`, `{strictly protect}`): read the
  // same way, and only searched for when the text has such a bracket and the word at all. The
  // brackets by `includes`, a single-character search: a `/[[{]/` pattern scanned each text at a
  // tenth of its speed (4 % of a warm corpus lint, as most cables have none).
  if ((text.includes('[') || text.includes('{')) && /protect/i.test(text)) {
    for (const marker of markersIn(text, '[', ']')) found.push(marker)
    for (const marker of markersIn(text, '{', '}')) found.push(marker)
    found.sort((a, b) => a.start - b.start)
  }
  if (extra.length === 0) return found
  return mergeExtra(text, found, extra)
}

/** The markers of `text` in groups between `opener` and `closer`, in order. */
function markersIn(text: string, opener: string, closer: string): ProtectMarkerMatch[] {
  const found: ProtectMarkerMatch[] = []
  let open = text.indexOf(opener)
  while (open !== -1) {
    const close = closingBracket(text, open, opener.charCodeAt(0), closer.charCodeAt(0), maxRequestInner)
    // Shorter than the shortest request (`prot.`): `(C)`, `(SBU)`, `(a)`.
    if (close - open - 1 >= 'prot.'.length) {
      const inner = text.slice(open + 1, close)
      const marker = (close - open - 1 <= maxInner && hasMarkerWord(inner)) || opensWithRequest.test(inner) || closesWithRequest.test(inner)
      if (marker && !isProse(collapse(inner))) {
        found.push({start: open, end: close + 1, raw: text.slice(open, close + 1), form: collapse(inner).toLowerCase()})
        open = text.indexOf(opener, close + 1)
        continue
      }
    }
    open = text.indexOf(opener, open + 1)
  }
  return found
}

/**
 * The offset of the `closer` that closes the group opened at `open`, or -1 when another
 * `opener` comes first, the text ends, or the group is longer than a marker can be.
 */
function closingBracket(text: string, open: number, opener: number, closer: number, inner: number): number {
  const limit = Math.min(text.length, open + 1 + inner + 1)
  for (let index = open + 1; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === closer) return index
    if (code === opener) return -1
  }
  return -1
}

/** Whether a group that reads as a marker is one of the reference list's prose exclusions. */
function isProse(form: string): boolean {
  return notMarkers.test(form) || (protectOur.test(form) && !protectOurPerson.test(form))
}

/**
 * The request written with `protected` or `protection` instead of `protect`. Only about the
 * person (a source, contact, interlocutor, name or identity), or bare or strict: the corpus's other
 * groups with the words are names of laws and offices (`(Radiation Protection Centre)`,
 * `(regarding environmental protection)`), no requests. Each pattern is one word order an officer
 * writes and spans the whole (collapsed, lower-case) group, so a sentence that merely mentions
 * protection (`(we request strict protection for identities of sources in this report)`) stays
 * prose. `(protection of sources)` without "requested" is a topic, not a request.
 */
const protectionRequests: readonly RegExp[] = [
  // (protected), (strictly protected), (protected source), (a protected source)
  /^(?:please |strictly |a |our )?protected(?: (?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity))?$/,
  // (source protected), (names protected), (identity must be protected), (identity to be protected)
  /^(?:our )?(?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity) (?:must be |to be |should be |is |are )?(?:strictly )?protected$/,
  // (source protection requested), (SENSITIVE SOURCE REQUIRING PROTECTION) (04THEHAGUE1915)
  /^(?:sensitive )?(?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity) (?:requiring |requires |needs )?protection(?: requested| required)?$/,
  // (protection requested), (protection requested for source)
  /^protection (?:requested|required)(?: for (?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity))?$/,
  // (protection of identity requested)
  /^protection (?:of|for) (?:sources|source|contacts|contact|interlocutors|interlocutor|names|name|identities|identity) (?:requested|required)$/,
]

/** Whether `protect` stands in `inner` with at most 40 characters before it and 40 after, or `inner` is one of the {@link protectionRequests}. */
function hasMarkerWord(inner: string): boolean {
  for (const match of inner.matchAll(protectWord)) {
    if (match.index <= maxSide && inner.length - (match.index + 'protect'.length) <= maxSide) return true
  }
  if (inner.length <= 30 && misspeltRequest.test(collapse(inner))) return true
  if (inner.length > 60 || !/protect(?:ed|ion)/i.test(inner)) return false
  const form = collapse(inner).toLowerCase()
  return protectionRequests.some((pattern) => pattern.test(form))
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Add matches of the configured patterns that do not overlap a built-in marker. */
function mergeExtra(text: string, builtIn: readonly ProtectMarkerMatch[], extra: readonly RegExp[]): ProtectMarkerMatch[] {
  const all = [...builtIn]
  for (const pattern of extra) {
    const global = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g')
    for (const match of text.matchAll(global)) {
      const start = match.index
      const end = start + match[0].length
      if (end === start) continue
      if (all.some((marker) => marker.start < end && start < marker.end)) continue
      const raw = match[0]
      const inside = raw.startsWith('(') && raw.endsWith(')') ? raw.slice(1, -1) : raw
      all.push({start, end, raw, form: collapse(inside).toLowerCase()})
    }
  }
  return all.sort((a, b) => a.start - b.start)
}
