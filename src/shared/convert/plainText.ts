// Plain text as it comes from wire services and newspaper archives, with its structure recognised:
// the masthead line (`Editor in Chief: NAME`, maybe followed by the long date), a date line, kicker,
// headline, deck, byline and dateline, then paragraphs, subheads (short lines standing between
// paragraphs, at most about 12 words, no closing punctuation), lists, Q&A and section breaks.
import { list, paragraph, qaPair, sectionBreak, subhead, type BlockJSON } from '../article/body'
import type { Language } from '../article/languages'
import { findDate, parseDateLine } from './dates'
import { textDirection, type ImportedArticle, type ImportedMeta } from './imported'
import { plainInline } from './inline'
import { guessLanguage } from './language'

export interface PlainTextOptions {
  /** The language to assume when the letters do not say (Latin script): the user's default. */
  readonly defaultLanguage?: Language
}

export const MASTHEAD_LINE = /^(?:editor[-\s]+in[-\s]+chief|editor|главный\s+редактор|бас\s+редактор|سردبیر|مدیر\s+مسئول|مسئول\s+مدیر|مسؤل\s+مدیر)\s*[:：]\s*(.*)$/iu
const BYLINE = /^(?:by|автор:?|авторы:?|نویسنده\s*[:：]?|لیکوال\s*[:：]?)\s+(.+)$/iu
// KABUL, July 8 (Reuters) — / MOSCOW — / ALMATY, Kazakhstan, July 8 —
const DATELINE = /^((?:[A-ZА-ЯЁ][A-ZА-ЯЁ.'’-]*(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ.'’-]*){0,3})(?:,\s+[A-ZА-ЯЁ][\p{L}.]*(?:\s+[A-ZА-ЯЁ][\p{L}.]*){0,2})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\([\p{L} .&-]{1,30}\))?\s*(?:—|–|--|-))(?:\s+|$)/u
const SECTION_BREAK = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|#|(?:•\s*){3,}|(?:·\s*){3,})$/u
const QUESTION = /^(?:q|question|вопрос|сұрақ|سوال|پوښتنه)\s*[:.—–-]\s*(.+)$/isu
const ANSWER = /^(?:a|answer|ответ|жауап|جواب|ځواب)\s*[:.—–-]\s*(.+)$/isu
const BULLET = /^[-*•–]\s+(.+)$/u
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/u
const CLOSING = /[.!?…:;,"»”’')\]]$/u
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu

interface Unit {
  text: string
  /** True when a blank line (or the start/end of the text) stands on each side. */
  readonly alone: boolean
}

/** Strips the BOM, unifies Windows and old Mac line ends, drops control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+$/u, ''))
    .join('\n')
}

const words = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false
  const max = Math.max(...lines.map((l) => l.length))
  if (max < 35 || max > 110) return false
  if (lines.some((l) => BULLET.test(l) || NUMBERED.test(l) || QUESTION.test(l) || ANSWER.test(l))) return false
  return lines.slice(0, -1).every((l) => l.length >= max - 30)
}

function unitsOf(text: string): Unit[] {
  const blocks = text.split(/\n[ \t]*\n+/u).map((b) => b.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
  const units: Unit[] = []
  for (const lines of blocks) {
    if (lines.length === 0) continue
    if (isWrapped(lines)) units.push({ text: lines.join(' ').replace(/\s+/gu, ' '), alone: true })
    else lines.forEach((line) => units.push({ text: line.replace(/[ \t]+/gu, ' '), alone: lines.length === 1 }))
  }
  return units
}

function isSubheadText(text: string): boolean {
  return words(text) >= 1 && words(text) <= 12 && text.length <= 100 && !CLOSING.test(text) && !BULLET.test(text) && !NUMBERED.test(text)
}

const isParagraphLike = (u: Unit | undefined): boolean => !!u && (words(u.text) > 12 || CLOSING.test(u.text))

/** Recognises the article's structure in plain text. */
export function parsePlainText(raw: string, options: PlainTextOptions = {}): ImportedArticle {
  const text = normalizeText(raw)
  const units = unitsOf(text)
  const meta: ImportedMeta = {}
  const warnings: string[] = []
  let i = 0

  // Header: masthead, dates, kicker, headline, deck, byline, dateline — in the order papers print them.
  const headerEnd = Math.min(units.length, 8)
  let headlineSet = false
  while (i < headerEnd) {
    const u = units[i]!.text
    const masthead = MASTHEAD_LINE.exec(u)
    if (masthead && meta.editorInChief === undefined && !headlineSet) {
      const rest = masthead[1] ?? ''
      const date = findDate(rest)
      const name = (date ? rest.slice(0, date.start) : rest).replace(/[\s|,;—–-]+$/u, '').trim()
      meta.editorInChief = name
      if (date && !meta.date) meta.date = date.iso
      i++
      continue
    }
    const dateLine = parseDateLine(u)
    if (dateLine && !headlineSet) {
      if (!meta.date) meta.date = dateLine
      i++
      continue
    }
    const byline = BYLINE.exec(u)
    if (byline && words(byline[1]!) <= 12) {
      meta.byline = byline[1]!.trim()
      i++
      continue
    }
    if (!headlineSet) {
      const next = units[i + 1]
      if (isKicker(u) && next && isHeadline(next.text)) {
        meta.kicker = u
        i++
        continue
      }
      if (isHeadline(u) && units.length > i + 1) {
        meta.headline = u
        headlineSet = true
        i++
        // A deck stands between the headline and a byline.
        const deck = units[i]
        const after = units[i + 1]
        if (deck && after && BYLINE.test(after.text) && words(deck.text) <= 60 && !BYLINE.test(deck.text)) {
          meta.deck = deck.text
          i++
        }
        continue
      }
    }
    break
  }

  // A dateline opens the first paragraph (or stands alone on its line).
  const first = units[i]
  if (first) {
    const dl = DATELINE.exec(first.text)
    if (dl && /\p{Lu}{2,}/u.test(dl[1]!)) {
      meta.dateline = dl[1]!.replace(/\s*(?:--|-|–)$/u, ' —').trim()
      first.text = first.text.slice(dl[0].length).trim()
      if (first.text === '') i++
    }
  }

  const blocks: BlockJSON[] = []
  let qaCount = 0
  while (i < units.length) {
    const unit = units[i]!
    const t = unit.text
    if (SECTION_BREAK.test(t)) {
      blocks.push(sectionBreak())
      i++
      continue
    }
    const q = QUESTION.exec(t)
    const a = units[i + 1] ? ANSWER.exec(units[i + 1]!.text) : null
    if (q && a) {
      blocks.push({ ...qaPair(plainInline(q[1]!), plainInline(a[1]!)), direction: textDirection(q[1]!) })
      qaCount++
      i += 2
      continue
    }
    if (BULLET.test(t) || NUMBERED.test(t)) {
      const kind = BULLET.test(t) ? 'bullet' : 'number'
      const re = kind === 'bullet' ? BULLET : NUMBERED
      const items: string[] = []
      while (i < units.length && re.test(units[i]!.text) && !SECTION_BREAK.test(units[i]!.text)) {
        const m = re.exec(units[i]!.text)!
        items.push(kind === 'bullet' ? m[1]! : m[2]!)
        i++
      }
      blocks.push(list(kind, items.map((item) => plainInline(item))))
      continue
    }
    const prev = blocks[blocks.length - 1]
    if (prev && prev.type !== 'heading' && isSubheadText(t) && isParagraphLike(units[i + 1])) {
      blocks.push({ ...subhead(plainInline(t)), direction: textDirection(t) })
      i++
      continue
    }
    blocks.push(paragraph(plainInline(t), textDirection(t)))
    i++
  }

  meta.language = guessLanguage(text, options.defaultLanguage)
  meta.template = meta.editorInChief !== undefined ? 'editorial' : qaCount >= 2 ? 'interview' : 'news'
  if (blocks.length === 0 && !meta.headline) warnings.push('The file holds no text.')
  return { meta, blocks, warnings }
}

function isHeadline(text: string): boolean {
  return words(text) >= 1 && words(text) <= 25 && text.length <= 200 && !/[.,;:]$/u.test(text) && !BYLINE.test(text) && !SECTION_BREAK.test(text)
}

function isKicker(text: string): boolean {
  return words(text) <= 5 && text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text) && !CLOSING.test(text)
}
