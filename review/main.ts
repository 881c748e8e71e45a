/**
 * The review page. Loads the cable list and one cable's text from the session's server,
 * then does everything else in the browser with cablelint's own library: lint findings, the
 * redacted preview (the same `redact` the CLI runs, with the reviewer's decisions), and the
 * protected people with every mention. Decisions are sent to the server, which validates
 * them with the decisions schema and writes the cable's decisions file atomically.
 *
 * Cable text is untrusted: it is only ever put into the page as text nodes, never as HTML.
 */
import {VFile} from 'vfile'
import type {ReleaseLevel} from '../src/classification.js'
import {lint} from '../src/lint/engine.js'
import type {Finding} from '../src/lint/finding.js'
import type {Decision, Decisions} from '../src/redact/decisions.js'
import {findEntities} from '../src/redact/entities.js'
import type {RedactionLogEntry} from '../src/redact/log.js'
import {gatherTreeFacts} from '../src/redact/markers.js'
import {findMentions} from '../src/redact/mentions.js'
import {placeholderFor} from '../src/redact/placeholders.js'
import {redact, type RedactResult} from '../src/redact/redact.js'
import {parse} from '../src/syntax/parse.js'
import {joinRedacted, originalPieces, pointAt, redactedPieces, splitLines, type Line, type Mark, type Piece} from './render.js'
import './style.css'

interface CableSummary {
  id: string
  findings: number
  errors: number
  spans: number
  ambiguous: number
  unreadable?: string
}

interface CableData {
  id: string
  release: ReleaseLevel
  text: string
  decisionsFile: string
  decisions: Decisions
  decisionsIssues: Array<{path: string; message: string}>
}

/** A span the reviewer decides on: an ambiguous token, or a portion whose level is unproven. */
interface Item {
  start: number
  end: number
  reason: string
  entity: string | undefined
  ambiguous: boolean
  line: number
  column: number
  /** Why the redactor kept it itself (a place's or a post's name, rule `place-name`), if it did. */
  keptAs?: string | undefined
}

interface State {
  cable: CableData | undefined
  lines: Line[]
  result: RedactResult | undefined
  findings: Finding[]
  marks: Mark[]
  items: Item[]
  current: number
  pending: 'keep' | 'withhold' | undefined
  status: string
}

const state: State = {cable: undefined, lines: [], result: undefined, findings: [], marks: [], items: [], current: -1, pending: undefined, status: ''}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  for (const child of children) node.append(child)
  return node
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`missing #${id}`)
  return found
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  // Relative to /<token>/: the token goes with every request.
  const response = await fetch(path, {cache: 'no-store', ...init})
  const body = (await response.json()) as T & {error?: string}
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body
}

// ## Cable list

async function loadCables(): Promise<void> {
  const {release, cables} = await api<{release: ReleaseLevel; cables: CableSummary[]}>('api/cables')
  byId('release').textContent = `release ${release}`
  const list = element('ul', {class: 'cable-list'})
  for (const cable of cables) {
    const link = element('a', {href: `#${encodeURIComponent(cable.id)}`, 'data-cable': cable.id}, element('span', {class: 'name'}, cable.id))
    const counts =
      cable.unreadable === undefined
        ? `${cable.findings} finding${cable.findings === 1 ? '' : 's'} · ${cable.spans} span${cable.spans === 1 ? '' : 's'}${cable.ambiguous > 0 ? ` · ${cable.ambiguous} ambiguous` : ''}`
        : `unreadable (${cable.unreadable})`
    link.append(element('span', {class: 'counts'}, counts))
    list.append(element('li', {}, link))
  }
  const nav = byId('cables')
  nav.replaceChildren(element('h2', {}, `Cables (${cables.length})`), list)
}

async function openCable(id: string): Promise<void> {
  const cable = await api<CableData>(`api/cable?id=${encodeURIComponent(id)}`)
  state.cable = cable
  state.lines = splitLines(cable.text)
  state.current = -1
  state.pending = undefined
  state.status = cable.decisionsIssues.length > 0 ? `The decisions file has problems: ${cable.decisionsIssues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}` : ''
  const tree = parse(cable.text)
  state.findings = lint(new VFile({path: cable.id, value: cable.text}), {tree}).messages
  for (const link of document.querySelectorAll('[data-cable]')) link.classList.toggle('active', link.getAttribute('data-cable') === id)
  analyse()
  renderAll()
}

// ## Analysis (cablelint's library, in the browser)

function analyse(): void {
  const cable = state.cable
  if (!cable) return
  const result = redact(cable.text, {release: cable.release, decisions: cable.decisions, path: cable.id})
  state.result = result
  const replacement = (span: RedactResult['spans'][number]) => placeholderFor(span, cable.text.slice(span.start, span.end), 'fixed')
  const marks: Mark[] = result.spans.map((span) => ({start: span.start, end: span.end, reason: span.reason, replacement: replacement(span)}))
  for (const entry of result.log) {
    if (entry.kept === true) marks.push({start: entry.start, end: entry.end, reason: 'kept', replacement: cable.text.slice(entry.start, entry.end)})
  }
  marks.sort((a, b) => a.start - b.start)
  state.marks = marks
  if (joinRedacted(cable.text, result.spans, replacement) !== result.text) {
    state.status = 'The preview differs from the redactor’s output: trust the output, and report this.'
  }
  const items: Item[] = result.log
    .filter((entry: RedactionLogEntry) => entry.ambiguous === true || entry.reason === 'unproven-portion')
    .map((entry) => ({
      start: entry.start,
      end: entry.end,
      reason: entry.reason,
      entity: entry.entity,
      ambiguous: entry.ambiguous === true,
      line: entry.startLine,
      column: entry.startColumn,
      keptAs: entry.kept === true && entry.rule === 'place-name' ? entry.decision : undefined,
    }))
  const previous = state.items[state.current]
  state.items = items
  state.current = previous === undefined ? -1 : items.findIndex((item) => item.start === previous.start)
}

/** The decision the reviewer made on `item`, if any. */
function decisionOn(item: Item): Decision | undefined {
  return state.cable?.decisions.decisions.find((decision) => targets(decision, item))
}

function targets(decision: Decision, item: Item): boolean {
  if (decision.action === 'keep') return decision.offset === item.start
  return 'start' in decision && decision.start === item.start && decision.end === item.end
}

// ## Rendering

function pieceNodes(pieces: readonly Piece[], side: 'original' | 'redacted'): Node[] {
  return pieces.map((piece) => {
    if (piece.kind === 'text') return document.createTextNode(piece.text)
    const mark = state.marks[piece.mark]
    const item = mark === undefined ? -1 : state.items.findIndex((candidate) => candidate.start === mark.start)
    const classes = ['span', `reason-${mark?.reason ?? 'unknown'}`]
    if (item >= 0) classes.push('reviewable')
    if (item >= 0 && item === state.current) classes.push('current')
    const attributes: Record<string, string> = {class: classes.join(' '), 'data-start': String(mark?.start ?? 0), title: mark?.reason ?? ''}
    if (side === 'original' && item >= 0) attributes['data-item'] = String(item)
    return element('mark', attributes, piece.text)
  })
}

function renderCable(): void {
  const view = byId('view')
  const cable = state.cable
  const result = state.result
  if (!cable || !result) return
  const byLine = new Map<number, Finding[]>()
  for (const finding of state.findings) {
    const line = finding.place.start.line
    byLine.set(line, [...(byLine.get(line) ?? []), finding])
  }
  const rows = element('div', {class: 'rows', role: 'table'})
  rows.append(element('div', {class: 'row head'}, element('span', {class: 'ln'}, ''), element('span', {}, 'Original'), element('span', {}, `Redacted at ${cable.release}`)))
  for (const line of state.lines) {
    const findings = byLine.get(line.number) ?? []
    const row = element(
      'div',
      {class: `row${findings.length > 0 ? ' has-finding' : ''}`, 'data-line': String(line.number)},
      element('span', {class: 'ln'}, String(line.number)),
      element('span', {class: 'original'}, ...pieceNodes(originalPieces(cable.text, line, state.marks), 'original')),
      element('span', {class: 'redacted'}, ...pieceNodes(redactedPieces(cable.text, line, state.marks), 'redacted')),
    )
    rows.append(row)
    for (const finding of findings) {
      const severity = finding.fatal === true ? 'error' : finding.fatal === false ? 'warning' : 'info'
      rows.append(
        element('div', {class: `row finding ${severity}`}, element('span', {class: 'ln'}, '▲'), element('span', {class: 'finding-text'}, `${severity} ${finding.ruleId}: ${finding.reason}`)),
      )
    }
  }
  const counts = new Map<string, number>()
  for (const span of result.spans) counts.set(span.reason, (counts.get(span.reason) ?? 0) + 1)
  const legend = element('div', {class: 'legend'})
  for (const [reason, count] of counts) legend.append(element('mark', {class: `span reason-${reason}`}, `${reason} ${count}`))
  const kept = result.log.filter((entry) => entry.kept === true).length
  if (kept > 0) legend.append(element('mark', {class: 'span reason-kept'}, `kept ${kept}`))
  const verdict = result.ok ? element('span', {class: 'ok'}, 'verified: nothing protected survives') : element('span', {class: 'refused'}, 'refused: the redactor found a leak')
  view.replaceChildren(
    element('div', {class: 'toolbar'}, element('h1', {}, cable.id), element('span', {}, `${state.findings.length} findings · ${result.spans.length} spans · ${state.items.length} to review · `), verdict),
    legend,
    rows,
  )
}

function renderDecision(): void {
  const panel = byId('decision')
  const item = state.items[state.current]
  const title = element('h2', {}, `To review (${state.items.length})`)
  if (!state.cable) return panel.replaceChildren(title)
  if (item === undefined) {
    panel.replaceChildren(
      title,
      element('p', {}, state.items.length === 0 ? 'No ambiguous or doubtful span in this cable at this release.' : 'Press n for the first span to review.'),
      element('p', {class: 'status', role: 'status'}, state.status),
    )
    return
  }
  const decision = decisionOn(item)
  const text = state.cable.text.slice(item.start, item.end)
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text
  const reason = element('input', {id: 'reason', type: 'text', placeholder: 'Reason (required)', autocomplete: 'off', 'aria-label': 'Reason'})
  if (decision) reason.value = decision.reason
  const keep = element('button', {id: 'keep', type: 'button', title: 'Keep the token visible (k)'}, 'Keep')
  if (!item.ambiguous) {
    keep.setAttribute('disabled', '')
    keep.title = 'Only an ambiguous token can be kept; a portion of unproven level stays withheld'
  } else if (item.keptAs !== undefined) {
    keep.setAttribute('disabled', '')
    keep.title = 'Kept already, as a place’s or a post’s name; withhold it to redact it'
  }
  const withhold = element('button', {id: 'withhold', type: 'button', title: 'Withhold it (w)'}, 'Withhold')
  const clear = element('button', {id: 'clear', type: 'button', title: 'Remove the decision'}, 'Clear')
  keep.addEventListener('click', () => void decide('keep'))
  withhold.addEventListener('click', () => void decide('withhold'))
  clear.addEventListener('click', () => void decide(undefined))
  reason.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void decide(state.pending ?? (decision?.action === 'keep' ? 'keep' : 'withhold'))
    } else if (event.key === 'Escape') {
      state.pending = undefined
      reason.blur()
    }
  })
  const undecided = item.keptAs === undefined ? 'no decision yet (redacted by default)' : `no decision yet (kept by default: ${item.keptAs})`
  const stateText = decision === undefined ? undecided : decision.action === 'keep' ? 'kept by the reviewer' : 'withheld by the reviewer'
  panel.replaceChildren(
    title,
    element(
      'dl',
      {},
      element('dt', {}, 'Span'),
      element('dd', {class: 'span-text'}, `${state.current + 1} of ${state.items.length}: “${shown}”`),
      element('dt', {}, 'At'),
      element('dd', {}, `line ${item.line}, column ${item.column}`),
      element('dt', {}, 'Why'),
      element('dd', {}, `${item.reason}${item.entity === undefined ? '' : ` (${item.entity})`}`),
      element('dt', {}, 'Decision'),
      element('dd', {id: 'decision-state'}, stateText),
    ),
    reason,
    element('div', {class: 'buttons'}, keep, withhold, clear),
    element('p', {class: 'status', role: 'status', id: 'status'}, state.status),
  )
}

function renderPeople(): void {
  const panel = byId('people')
  const cable = state.cable
  if (!cable) return panel.replaceChildren()
  const tree = parse(cable.text)
  const found = findEntities(cable.text, tree)
  const mentions = findMentions(cable.text, found.entities, gatherTreeFacts(tree).pageBreaks)
  const list = element('div', {})
  for (const entity of found.entities) {
    // The name before a marker is found as a mention too: list each place once, as the name.
    const spans = [...found.spans, ...mentions]
      .filter((span) => span.entity === entity.label)
      .filter((span, index, all) => all.findIndex((other) => other.start === span.start && other.end === span.end) === index)
      .sort((a, b) => a.start - b.start)
    const items = element('ol', {class: 'mentions'})
    for (const span of spans) {
      const at = pointAt(state.lines, span.start)
      const cover = state.marks.find((mark) => mark.start <= span.start && mark.end >= span.end)
      const fate = cover === undefined ? 'not redacted' : cover.reason === 'kept' ? 'kept' : cover.start === span.start && cover.end === span.end ? 'redacted' : `inside ${cover.reason}`
      const link = element('a', {href: '#', 'data-jump': String(at.line)}, `${at.line}:${at.column}`)
      items.append(element('li', {}, link, ` ${cable.text.slice(span.start, span.end)} — ${span.reason}${span.ambiguous === true ? ', ambiguous' : ''}; ${fate}`))
    }
    list.append(element('h3', {}, `${entity.label} — ${entity.tokens.join(' ')}`), items)
  }
  panel.replaceChildren(element('h2', {}, `Protected people (${found.entities.length})`), found.entities.length === 0 ? element('p', {}, 'None marked (protect).') : list)
}

function renderFindings(): void {
  const panel = byId('findings')
  const items = element('ol', {})
  for (const finding of state.findings) {
    const start = finding.place.start
    items.append(element('li', {}, element('a', {href: '#', 'data-jump': String(start.line)}, `${start.line}:${start.column}`), ` ${finding.ruleId}: ${finding.reason}`))
  }
  panel.replaceChildren(element('h2', {}, `Lint findings (${state.findings.length})`), items)
}

function renderAll(): void {
  renderCable()
  renderDecision()
  renderPeople()
  renderFindings()
}

function scrollToLine(line: number): void {
  const row = document.querySelector(`.row[data-line="${line}"]`)
  row?.scrollIntoView({block: 'center'})
  row?.classList.add('flash')
  setTimeout(() => row?.classList.remove('flash'), 1200)
}

function select(index: number): void {
  if (state.items.length === 0) return
  state.current = (index + state.items.length) % state.items.length
  state.pending = undefined
  for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current')
  const item = state.items[state.current]
  if (item === undefined) return
  for (const mark of document.querySelectorAll(`mark[data-start="${item.start}"]`)) mark.classList.add('current')
  renderDecision()
  document.querySelector(`mark[data-item="${state.current}"]`)?.scrollIntoView({block: 'center'})
}

// ## Decisions

async function decide(action: 'keep' | 'withhold' | undefined): Promise<void> {
  const cable = state.cable
  const item = state.items[state.current]
  if (!cable || !item) return
  const input = document.getElementById('reason') as HTMLInputElement | null
  const reason = input?.value.trim() ?? ''
  if (action !== undefined && reason === '') {
    state.pending = action
    state.status = `A decision needs a reason: type why to ${action}, then press Enter.`
    const status = document.getElementById('status')
    if (status) status.textContent = state.status
    input?.focus()
    return
  }
  if (action === 'keep' && !item.ambiguous) return
  const others = cable.decisions.decisions.filter((decision) => !targets(decision, item))
  const decision: Decision | undefined =
    action === 'keep' ? {action: 'keep', offset: item.start, reason} : action === 'withhold' ? {action: 'withhold', start: item.start, end: item.end, reason} : undefined
  const next: Decisions = {version: 1, decisions: decision === undefined ? others : [...others, decision]}
  try {
    const saved = await api<{decisionsFile: string; decisions: Decisions}>(`api/decisions?id=${encodeURIComponent(cable.id)}`, {
      method: 'PUT',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(next),
    })
    cable.decisions = saved.decisions
    state.status = `Saved ${saved.decisions.decisions.length} decision${saved.decisions.decisions.length === 1 ? '' : 's'} to ${saved.decisionsFile}`
  } catch (error) {
    state.status = `Not saved: ${error instanceof Error ? error.message : String(error)}`
  }
  state.pending = undefined
  analyse()
  renderAll()
  document.querySelector('mark.current')?.scrollIntoView({block: 'center'})
}

// ## Events

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return
  if (event.ctrlKey || event.metaKey || event.altKey) return
  if (event.key === 'n') select(state.current + 1)
  else if (event.key === 'p') select(state.current < 0 ? -1 : state.current - 1)
  else if (event.key === 'k' || event.key === 'w') {
    const input = document.getElementById('reason') as HTMLInputElement | null
    if (!input) return
    state.pending = event.key === 'k' ? 'keep' : 'withhold'
    event.preventDefault()
    input.focus()
    input.placeholder = `Reason to ${state.pending} (Enter saves)`
  } else return
})

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement | null
  const jump = target?.closest('[data-jump]')
  if (jump) {
    event.preventDefault()
    scrollToLine(Number(jump.getAttribute('data-jump')))
    return
  }
  const mark = target?.closest('mark[data-item]')
  if (mark) select(Number(mark.getAttribute('data-item')))
})

window.addEventListener('hashchange', () => void route())

async function route(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1))
  if (id !== '' && id !== state.cable?.id) await openCable(id)
}

async function start(): Promise<void> {
  try {
    await loadCables()
    await route()
    document.body.dataset['ready'] = 'true'
  } catch (error) {
    byId('view').replaceChildren(element('p', {class: 'refused'}, `Cannot load: ${error instanceof Error ? error.message : String(error)}`))
  }
}

void start()
