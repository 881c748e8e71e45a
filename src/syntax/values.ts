/**
 * Values read from header lines: declassification instructions, reasons, routing and archive
 * dates. Pure functions of a string; positions are added by the parser.
 */
import type {CalendarDate} from './types.js'

/** Days in each month of a non-leap year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const monthNames: Readonly<Record<string, number>> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
}

/** A calendar date when `year/month/day` exists (29 February only in leap years), else `null`. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (month < 1 || month > 12 || day < 1) return null
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const last = month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0)
  return day <= last ? {year, month, day} : null
}

/**
 * Two-digit years: telegram date-time groups and `DECL: 09/21/10` write years with two digits.
 * Cablegate spans 1966–2010 and declassification dates run decades ahead, so 00–65 are 20xx.
 */
export function fullYear(written: string): number {
  const value = Number(written)
  if (written.length > 2) return value
  return value >= 66 ? 1900 + value : 2000 + value
}

/** The kind and date of a declassification instruction (the text after `E.O. nnnnn:`). */
export interface DeclassificationValue {
  kind: 'notApplicable' | 'date' | 'oadr' | 'exemption' | 'schedule' | 'event' | 'declassified' | 'free' | 'missing'
  /** Only for `date` (see {@link Declassification.date}); `undefined` for the other kinds. */
  date: CalendarDate | null | undefined
  exemptions: string[]
}

/**
 * The label before the instruction, once or repeated: `DECL:`, `DECLl:` (a typo), `DECL ON:`,
 * `DECLASSIFY 11/29/2027` (07LISBON2960), `Declassify on 8/31/2034` (09OUAGADOUGOU1159),
 * `DECL: DECL: 06/09/2016` (06PARAMARIBO343). Not `DECLASSIFIED JUNE 21, 2006`, an archive's note.
 */
const declassifyLabel = /^(?:DECL(?:ASSIFY|\w)?\b(?:\s+ON\b)?\s*[:;.]?\s*)+/i

/**
 * An event, which E.O. 12958 §1.6(a) allows instead of a date (32 CFR 2001.12(a)(1)): `UPON …`,
 * `AFTER KOREAN UNIFICATION`, `CLOSURE OF ICTY` (06BELGRADE1681), `FIVE YEARS AFTER ICTY
 * CLOSURE` (04THEHAGUE2793). A bare duration (`TWENTY YEARS`) names no event.
 */
const declassificationEvent = /^(?:UPON|ON|WHEN|AFTER)\b|\b(?:AFTER|UPON|CLOSURE|COMPLETION|TERMINATION|UNIFICATION|CONCLUSION)\b/i

/** E.O. 11652's General Declassification Schedule and its exemptions (`GDS`, `XGDS-2`, `NGDS`), kept by E.O. 12065 (`GDS 8/12/85`, `RDS-3`). */
const declassificationSchedule = /^(?:X?GDS|NGDS|RDS)\b/i

/**
 * Read a declassification instruction: `N/A`, `DECL: 12/31/2033`, `DECL: 2/1/2027`,
 * `DECL: OADR`, `DECL: TWENTY YEARS`, `DECL 1.6X6`, `25X1`, `DECLl: 08/01/2018`, `GDS`.
 * E.O. 12958 §1.6 and E.O. 13526 §1.6 require a date or event (or an exemption); `OADR` is
 * the E.O. 12356 instruction that §1.6 of 1995 abolished, and the schedules of E.O. 11652 and
 * E.O. 12065 are what E.O. 12356 replaced with it.
 */
export function readDeclassification(raw: string): DeclassificationValue {
  const text = raw.trim()
  // A loop, not `[...matchAll].map`, and one result shape with `date` always present: values
  // of differing shapes made V8 deoptimise this function ("wrong map") in a first corpus pass.
  const exemptions: string[] = []
  for (const match of text.toUpperCase().matchAll(/\b(?:25X\d|1\.6X\d|X\d)\b/g)) exemptions.push(match[0])
  if (text === '') return {kind: 'missing', date: undefined, exemptions}
  if (/^N\s*\/\s*A\b/i.test(text) || /^NA\b/.test(text)) return {kind: 'notApplicable', date: undefined, exemptions}
  const body = text.replace(declassifyLabel, '')
  if (body !== text && /^N\s*\/\s*A\b/i.test(body)) return {kind: 'notApplicable', date: undefined, exemptions}
  if (/^OADR\b/i.test(body)) return {kind: 'oadr', date: undefined, exemptions}
  const date = readDate(body)
  if (date !== undefined) return {kind: 'date', date, exemptions}
  if (exemptions.length > 0 && /^\(?(?:25X\d|1\.6X\d|X\d)/i.test(body)) return {kind: 'exemption', date: undefined, exemptions}
  if (declassificationSchedule.test(body)) return {kind: 'schedule', date: undefined, exemptions}
  // The archive's record of a review, not an instruction: `DECL: DECLASSIFIED BY NARA 09/02/2009`
  // (66BUENOSAIRES2481), `AS AMENDED; DECLASSIFIED JUNE 21, 2006` (72TEHRAN1164).
  if (/\bDECLASSIFIED\b/i.test(body)) return {kind: 'declassified', date: undefined, exemptions}
  if (declassificationEvent.test(body)) return {kind: 'event', date: undefined, exemptions}
  return {kind: 'free', date: undefined, exemptions}
}

/**
 * A date at the start of `text`, or `undefined` when none is written there; `null` when one
 * is written but impossible (`13/45/2010`). Orders: `mm/dd/yyyy` (the State form),
 * `yyyy-mm-dd`, `dd MON yyyy`; separators `/`, `-`, `.`; two-digit years.
 */
export function readDate(text: string): CalendarDate | null | undefined {
  const iso = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/.exec(text)
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const us = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?!\d)/.exec(text)
  if (us) return calendarDate(fullYear(us[3]!), Number(us[1]), Number(us[2]))
  const named = /^(\d{1,2})\s*([A-Za-z]{3})[A-Za-z]*\.?\s*(?:,\s*)?(\d{4}|\d{2})(?!\d)/.exec(text)
  if (named) {
    const month = monthNames[named[2]!.toUpperCase()]
    if (month !== undefined) return calendarDate(fullYear(named[3]!), month, Number(named[1]))
  }
  return undefined
}

/** `310344Z DEC 08` → 2008-12-31; `null` when it cannot be read. */
export function readDateTimeGroup(group: string): CalendarDate | null {
  const match = /^(\d{2})\d{4}Z\s+([A-Z]{3})\s+(\d{2,4})$/.exec(group.trim())
  if (!match) return null
  const month = monthNames[match[2]!]
  return month === undefined ? null : calendarDate(fullYear(match[3]!), month, Number(match[1]))
}

/** The archive's `Created` value: `2008-12-31 03:44:00`, `Fri Feb 27 00:00:00 +0100 2009` or the CSV file's `12/28/1966 18:48`. */
export function readCreated(value: string): CalendarDate | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  // The release's CSV file: `12/28/1966 18:48`.
  const csv = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) \d{1,2}:\d\d$/.exec(value.trim())
  if (csv) return calendarDate(Number(csv[3]), Number(csv[1]), Number(csv[2]))
  const long = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+[\d:]+\s+[+-]\d{4}\s+(\d{4})$/.exec(value.trim())
  if (long) {
    const month = monthNames[long[1]!.toUpperCase()]
    return month === undefined ? null : calendarDate(Number(long[3]), month, Number(long[2]))
  }
  return null
}

/** Section and categories of a reason: `1.4 (b), (d)`, `1.5 (B) AND (D)`, `1.4(b,d)`. */
export interface ReasonsValue {
  /** Offset in the given text where the cited section starts, and where the reason ends. */
  start: number
  end: number
  section: string | null
  categories: string[]
}

/**
 * Read the reason of a classification authority block from `text` (the block, line breaks
 * included): the word `Reason(s)` (or `for reasons`), then `1.4`/`1.5` (possibly split over
 * a line break as `1.\n4`), then category letters (E.O. 12958 §1.5 (a)–(g); E.O. 12958 as
 * amended and E.O. 13526 §1.4 (a)–(h)). `undefined` when no reason word is written and no section
 * with letters in parentheses.
 */
export function readReasons(text: string): ReasonsValue | undefined {
  // Without the word, a section with its letters in parentheses is the reason too (`Classified
  // By: Deputy Chief of Mission, Hugo Llorens, 1.5 (b) and (d)`, 08MADRID794).
  const word = /\bREASONS?\b\s*[:.]?/i.exec(text) ?? /(?<![\d.])(?=1\s*\.\s*[45]\s*\(\s*[A-Ha-h]\s*[),])/.exec(text)
  if (!word) return undefined
  const start = word.index
  let at = word.index + word[0].length
  const sectionMatch = /^\s*(?:E\.?\s?O\.?\s*\d{5}\s*(?:,\s*)?)?(?:SECTION\s*)?(\d)\s*\.\s*(\d)(?!\d)/i.exec(text.slice(at, at + 60))
  let section: string | null = null
  if (sectionMatch) {
    section = `${sectionMatch[1]}.${sectionMatch[2]}`
    at += sectionMatch[0].length
  }
  const categories: string[] = []
  // Letters in parentheses, alone or listed: `(b), (d)`, `(B) AND (D)`, `(b,d)`, `(b)(d)`,
  // `(b), (c), and (d)` (whose `(d)` was lost), and with slashes (`(b/d)`, 224 corpus cables;
  // `(B)/(D)`; `(b) and/or (d)`), whose letters were all lost: `1.4 (b/d)` read as a section
  // without categories (09BELGRADE399).
  const tail = /^(?:\s*(?:(?:and\/or|AND\/OR|,[ \t]*(?:and|AND)\b|,|and|&|AND|\+|\/)\s*)?\(\s*[A-Za-z](?:\s*(?:,|and|AND|&|\/)\s*[A-Za-z])*\s*\))+/.exec(text.slice(at, at + 80))
  let end = at
  if (tail) {
    for (const letters of tail[0].matchAll(/\(([^()]*)\)/g)) {
      for (const letter of letters[1]!.matchAll(/\b([A-Za-z])\b/g)) categories.push(letter[1]!.toLowerCase())
    }
    end = at + tail[0].length
  } else {
    // Bare letters: `1.4 B AND D`, `1.4 b/d`; `1.5 (B)` handled above; `1.4 B A ND D` with the
    // archive's split `AND` (08BRASILIA43 and 3 more corpus cables in lint audit N: read as `(b)`).
    const bare = /^\s*([A-Ha-h])(?:\s*(?:,|and|AND|A ND|&|\/)\s*([A-Ha-h]))*(?![A-Za-z])/.exec(text.slice(at, at + 40))
    if (bare && section !== null) {
      for (const letter of bare[0].replace('A ND', 'AND').matchAll(/\b([A-Ha-h])\b/g)) categories.push(letter[1]!.toLowerCase())
      end = at + bare[0].length
    }
  }
  return {start, end: Math.max(end, start + word[0].trimEnd().length), section, categories}
}
