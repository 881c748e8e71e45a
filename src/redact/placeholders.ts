/**
 * What replaces a span in the output. Default `fixed` placeholders do not leak the length
 * of what they replace; `label` tells readers which mentions are the same person without
 * naming them; `mask` keeps the layout (same length, line breaks kept) for side-by-side review.
 */
import {isWithheld, type Span} from './spans.js'

/** Placeholder style (`--placeholder`). */
export type PlaceholderMode = 'fixed' | 'label' | 'mask'

/** Every placeholder style, for option validation. */
export const placeholderModes: readonly PlaceholderMode[] = ['fixed', 'label', 'mask']

/** The fixed placeholder for a protected name or a mention of one. */
export const redactedPlaceholder = '[REDACTED]'
/** The placeholder for withheld text (portions, unnamed sources, reviewer decisions). */
export const withheldPlaceholder = '[WITHHELD]'

/** `P1` → `[SOURCE-1]`: stable per entity within one cable. */
export function labelPlaceholder(entity: string): string {
  return `[SOURCE-${entity.replace(/^P/, '')}]`
}

/**
 * Any placeholder this module can produce, or WikiLeaks' own `XXXXXXXXXXXX` redaction
 * (which appears in 989 corpus cables, in upper or lower case). A protect marker right after
 * one of these has nothing left to name: that is what makes re-redacting our output a no-op.
 */
export const placeholderPattern = /\[(?:REDACTED|WITHHELD|SOURCE-\d+)\]|[Xx]{4,}/

/** Same length, every character but line breaks turned into `X` (so line numbers stay). */
export function mask(original: string): string {
  return original.replace(/[^\r\n]/g, 'X')
}

/** The replacement text for `span`, whose original text is `original`. */
export function placeholderFor(span: Span, original: string, mode: PlaceholderMode): string {
  if (mode === 'mask') return mask(original)
  if (isWithheld(span)) return withheldPlaceholder
  if (mode === 'label' && span.entity !== undefined) return labelPlaceholder(span.entity)
  return redactedPlaceholder
}
