/**
 * Every mention of each protected person anywhere in the cable: the full name, any name
 * token alone (`Li` after `Li Qing (strictly protect)`, seed 003), title + surname (the
 * surname is a token), possessives (`Biato's`, the `Biato,s` apostrophe garble, `Biato’s`),
 * upper case (`BOURDON`), a full name broken across a line.
 *
 * One regular expression over the whole text, built from the entities' tokens as literals
 * with Unicode-aware boundaries: linear in the text for a fixed set of names.
 *
 * A token that is also a common word (`He`, `Ye`, `Long`, `May`; `common-words.ts`) is a
 * mention where it is capitalised mid-sentence, an *ambiguous* mention at a sentence start
 * (still redacted, logged so, reviewable), and not a mention in lower case.
 */
import {isCommonWord} from './common-words.js'
import type {Entity} from './entities.js'
import {fold} from './fold.js'
import type {Range} from './markers.js'
import type {Span} from './spans.js'

/** Particles that join the tokens of one full name (`Gomez de Olea`, `Maria de la Cruz`). */
const joiners = /^(?:\s+(?:de|da|di|du|del|della|dos|das|do|van|von|der|den|ter|al|el|bin|ibn|ben|abu|la|le|y|zu))*\s+$/iu

/** The tokens of an entity worth searching alone: no particles, no initials, hyphen parts too. */
export function searchTokens(entity: Entity): string[] {
  const found = new Set<string>()
  const add = (token: string): void => {
    const letters = token.match(/\p{L}/gu)?.length ?? 0
    if (letters < 2 || joiners.test(` ${token} `)) return
    found.add(fold(token))
  }
  for (const token of entity.tokens) for (const part of [token, ...token.split('-')]) add(part)
  return [...found]
}

/**
 * The owner-map key of a token or of a match: lower case, one apostrophe, and the long `ſ`
 * as `s` (the case-insensitive pattern matches `ſun` for `Sun`; `toLowerCase` keeps the `ſ`).
 */
function keyOf(token: string): string {
  return token.toLowerCase().replace(/’/g, "'").replace(/ſ/g, 's')
}

function escape(token: string): string {
  return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")
}

/**
 * Whether `offset` starts a sentence: after `.`, `!`, `?` or `:`, after a portion marking
 * (`5. (C) He …`) or a bullet (`-- He …`), after a blank line, or at the start of the text.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset
  let newlines = 0
  while (index > 0) {
    const char = text.charAt(index - 1)
    if (char === '\n') newlines++
    else if (!/[\s"“‘'([]/.test(char)) break
    index--
  }
  if (index === 0 || newlines >= 2) return true
  const char = text.charAt(index - 1)
  if (/[.!?:]/.test(char)) return true
  if (/(?:^|\s)--?$/.test(text.slice(Math.max(0, index - 3), index))) return true
  return /\((?:U|SBU|LOU|C|S|TS)(?:\s*\/\/?\s*[A-Z][A-Z ,/]*)?\)$/i.test(text.slice(Math.max(0, index - 24), index))
}

interface Hit {
  start: number
  end: number
  entity: string
  /** Every person the token belongs to (two people may share `Pedro`), first owner first. */
  owners: string[]
  reason: 'name-mention' | 'ambiguous-mention'
}

/**
 * Find every mention of `entities` in `text` (`name-mention` and `ambiguous-mention` spans).
 * `pageBreaks` keeps a full name split by a page-continuation line as two spans, so the
 * page line stays.
 */
export function findMentions(text: string, entities: readonly Entity[], pageBreaks: readonly Range[]): Span[] {
  const owner = new Map<string, string[]>()
  for (const entity of entities) {
    for (const token of searchTokens(entity)) {
      const key = keyOf(token)
      // Two people sharing a token (`Pedro`): both own it; a full name decides which one is meant.
      const owners = owner.get(key) ?? []
      if (!owners.includes(entity.label)) owners.push(entity.label)
      owner.set(key, owners)
    }
  }
  if (owner.size === 0) return []
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape)
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  const folded = fold(text)
  const hits: Hit[] = []
  for (const match of folded.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    const written = text.slice(start, end)
    const owners = owner.get(keyOf(match[0])) ?? []
    const entity = owners[0] ?? ''
    if (!isCommonWord(written)) {
      hits.push({start, end, entity, owners, reason: 'name-mention'})
      continue
    }
    if (written === written.toLowerCase()) continue // `he`, `long`: the word, not the name
    const allCaps = written === written.toUpperCase()
    const ambiguous = allCaps || isSentenceStart(text, start)
    hits.push({start, end, entity, owners, reason: ambiguous ? 'ambiguous-mention' : 'name-mention'})
  }
  return joinFullNames(text, hits, pageBreaks).map((hit) => {
    const span: Span = {start: hit.start, end: hit.end, reason: hit.reason, rule: 'name-mention', entity: hit.entity}
    if (hit.reason === 'ambiguous-mention') span.ambiguous = true
    return span
  })
}

/**
 * Join consecutive hits of one person separated only by white space or a name particle into
 * one full-name mention (`Li Qing` is one mention, `Li\nQing` too). The joined mention is
 * ambiguous only if every part was.
 */
function joinFullNames(text: string, hits: readonly Hit[], pageBreaks: readonly Range[]): Hit[] {
  const result: Hit[] = []
  for (const hit of hits) {
    const last = result.at(-1)
    if (last !== undefined) {
      const shared = last.owners.filter((label) => hit.owners.includes(label))
      if (
        shared.length > 0 &&
        joiners.test(text.slice(last.end, hit.start)) &&
        !pageBreaks.some((range) => range.start >= last.end && range.end <= hit.start)
      ) {
        // `Pedro Biabia`: the person both tokens belong to is the one meant.
        last.owners = shared
        last.entity = shared[0]!
        last.end = hit.end
        if (hit.reason === 'name-mention') last.reason = 'name-mention'
        continue
      }
    }
    result.push({...hit, owners: [...hit.owners]})
  }
  return result
}
