// An article as a Word document (the `docx` package): headline as Title, deck as Subtitle, subheads as
// Heading 2/3, Galley's blocks as named styles (see shared/convert/docxStyles.ts, which the importer
// reads back), images with captions, fields as document properties, right-to-left text marked RTL.
import {
  AlignmentType,
  BorderStyle,
  ColumnBreak,
  Document,
  ExternalHyperlink,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Tab,
  TextRun,
  type IParagraphStyleOptions,
  type ICharacterStyleOptions,
  type ParagraphChild,
} from 'docx'
import { base64Head, type Assets } from '../../../shared/article/assets'
import { hasFormat, isSmallCaps, type BlockJSON, type InlineJSON, type ListJSON } from '../../../shared/article/body'
import type { Article } from '../../../shared/article/file'
import { LANGUAGES } from '../../../shared/article/languages'
import { trimSizeMm } from '../../../shared/article/layout'
import { inlineText } from '../../../shared/article/text'
import { BOX_TITLE_STYLES, DOCX_CHARACTER_STYLES, DOCX_STYLES } from '../../../shared/convert/docxStyles'
import { imageSize } from '../../../shared/convert/imageSize'
import { textDirection } from '../../../shared/convert/imported'
import { safeUrl } from '../../../shared/render/html'
import { formatEditorInChief, formatMastheadDate, type DateFormat } from '../../../shared/templates/dates'

export interface ExportOutput {
  readonly bytes: Uint8Array
  /** What could not be carried over, in sentences for the journalist. */
  readonly warnings: readonly string[]
}

const TWIP_PER_MM = 1440 / 25.4
const PX_PER_MM = 96 / 25.4
const BULLET = 'galley-bullet'
const NUMBER = 'galley-number'

export interface DocxExportOptions {
  /** The date line as the masthead prints it: long (the default) or ISO. */
  readonly dateFormat?: DateFormat
}

export async function articleToDocx(article: Article, options: DocxExportOptions = {}): Promise<ExportOutput> {
  const { meta, layout } = article
  const lang = LANGUAGES[meta.language]
  const rtlArticle = meta.direction === 'rtl'
  const warnings: string[] = []
  const page = trimSizeMm(layout)
  const textWidthPx = Math.max(100, (page.widthMm - layout.marginsMm.left - layout.marginsMm.right) * PX_PER_MM)
  let listInstance = 0

  const isRtl = (dir: string | null, text: string): boolean => dir === 'rtl' || (dir === null && (textDirection(text) ?? (rtlArticle ? 'rtl' : 'ltr')) === 'rtl')

  const runs = (children: readonly InlineJSON[], rtl: boolean): ParagraphChild[] => {
    const out: ParagraphChild[] = []
    for (const child of children) {
      if (child.type === 'text') {
        const f = child.format
        out.push(
          new TextRun({
            text: child.text,
            bold: hasFormat(f, 'bold') || undefined,
            italics: hasFormat(f, 'italic') || undefined,
            underline: hasFormat(f, 'underline') ? {} : undefined,
            strike: hasFormat(f, 'strikethrough') || undefined,
            subScript: hasFormat(f, 'subscript') || undefined,
            superScript: hasFormat(f, 'superscript') || undefined,
            highlight: hasFormat(f, 'highlight') ? 'yellow' : undefined,
            allCaps: hasFormat(f, 'uppercase') || undefined,
            smallCaps: isSmallCaps(child.style) || undefined,
            font: hasFormat(f, 'code') ? 'Courier New' : undefined,
            rightToLeft: rtl || undefined,
          }),
        )
      } else if (child.type === 'linebreak') out.push(new TextRun({ break: 1 }))
      else if (child.type === 'tab') out.push(new TextRun({ children: [new Tab()] }))
      else if (child.type === 'link') {
        const href = safeUrl(child.url)
        if (href) out.push(new ExternalHyperlink({ link: href, children: child.children.map((c) => (c.type === 'text' ? new TextRun({ text: c.text, style: 'Hyperlink', rightToLeft: rtl || undefined }) : new TextRun({ break: 1 }))) }))
        else out.push(...runs(child.children, rtl))
      }
    }
    return out
  }

  const para = (style: string, children: readonly InlineJSON[], dir: string | null, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph => {
    const rtl = isRtl(dir, inlineText(children))
    return new Paragraph({ style, bidirectional: rtl || undefined, children: runs(children, rtl), ...extra })
  }
  const textPara = (style: string, text: string, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph => {
    const rtl = isRtl(null, text)
    return new Paragraph({ style, bidirectional: rtl || undefined, children: [new TextRun({ text, rightToLeft: rtl || undefined })], ...extra })
  }

  const listParas = (list: ListJSON, level: number, style: string | undefined, out: Paragraph[]): void => {
    const instance = ++listInstance
    for (const item of list.children) {
      const inline = item.children.filter((c): c is InlineJSON => c.type !== 'list')
      const rtl = isRtl(item.direction, inlineText(inline))
      out.push(
        new Paragraph({
          ...(style ? { style } : {}),
          bidirectional: rtl || undefined,
          numbering: { reference: list.listType === 'number' ? NUMBER : BULLET, level: Math.min(level, 4), instance },
          children: runs(inline, rtl),
        }),
      )
      for (const nested of item.children) if (nested.type === 'list') listParas(nested, level + 1, style, out)
    }
  }

  const imageParas = (block: Extract<BlockJSON, { type: 'image' }>, assets: Assets): Paragraph[] => {
    const asset = assets[block.asset]
    const caption: Paragraph[] = []
    if (block.caption || block.credit) {
      const rtl = isRtl(null, block.caption || block.credit)
      const parts: ParagraphChild[] = []
      if (block.caption) parts.push(new TextRun({ text: block.caption, rightToLeft: rtl || undefined }))
      if (block.caption && block.credit) parts.push(new TextRun({ text: ' ', rightToLeft: rtl || undefined }))
      if (block.credit) parts.push(new TextRun({ text: block.credit, style: DOCX_CHARACTER_STYLES.credit.id, rightToLeft: rtl || undefined }))
      caption.push(new Paragraph({ style: DOCX_STYLES.caption.id, bidirectional: rtl || undefined, children: parts }))
    }
    const type = asset?.mime === 'image/png' ? 'png' : asset?.mime === 'image/jpeg' ? 'jpg' : asset?.mime === 'image/gif' ? 'gif' : null
    if (!asset || !type) {
      warnings.push(asset ? `An image (${asset.mime === 'image/webp' ? 'WebP' : 'SVG'}) was left out of the Word document: Word cannot show this image type. Its caption is kept.` : 'An image missing from the article was left out.')
      return caption
    }
    const data = Buffer.from(asset.data, 'base64')
    const natural = imageSize(data) ?? imageSize(base64Head(asset.data, 65_536)) ?? { width: 800, height: 600 }
    const maxWidth = block.width === 'full' ? textWidthPx : Math.min(textWidthPx, Math.max(natural.width, textWidthPx / 2))
    const scale = Math.min(1, maxWidth / natural.width)
    const style = block.width === 'full' ? DOCX_STYLES.figureWide.id : DOCX_STYLES.figure.id
    const img = new ImageRun({
      type,
      data,
      transformation: { width: Math.round(natural.width * scale), height: Math.round(natural.height * scale) },
      altText: { name: asset.name ?? 'image', description: block.altText, title: block.altText },
    })
    return [new Paragraph({ style, children: [img] }), ...caption]
  }

  const blockParas = (block: BlockJSON, out: Paragraph[], inBox = false): void => {
    switch (block.type) {
      case 'paragraph':
        out.push(para(inBox ? DOCX_STYLES.boxText.id : 'Normal', block.children, block.direction))
        break
      case 'heading':
        out.push(para(block.tag === 'h2' ? 'Heading2' : 'Heading3', block.children, block.direction))
        break
      case 'quote':
        out.push(para(inBox ? DOCX_STYLES.boxQuote.id : DOCX_STYLES.quote.id, block.children, block.direction))
        break
      case 'list':
        listParas(block, 0, inBox ? (block.listType === 'number' ? DOCX_STYLES.boxNumber.id : DOCX_STYLES.boxBullet.id) : undefined, out)
        break
      case 'pull-quote': {
        const [text, by] = block.children
        out.push(para(DOCX_STYLES.pullQuote.id, text.children, text.direction ?? block.direction))
        if (by.children.length > 0) out.push(para(DOCX_STYLES.pullQuoteAttribution.id, by.children, by.direction ?? block.direction))
        break
      }
      case 'fact-box': {
        const [title, ...content] = block.children
        out.push(para(BOX_TITLE_STYLES[block.variant].id, title.children, title.direction ?? block.direction))
        for (const c of content) blockParas(c, out, true)
        break
      }
      case 'qa-pair': {
        const [q, a] = block.children
        for (const [part, style] of [
          [q, DOCX_STYLES.question.id],
          [a, DOCX_STYLES.answer.id],
        ] as const) {
          const rtl = isRtl(part.direction ?? block.direction, inlineText(part.children))
          const label = part.speaker ? [new TextRun({ text: `${part.speaker}:`, style: DOCX_CHARACTER_STYLES.speaker.id, rightToLeft: rtl || undefined }), new TextRun({ text: ' ', rightToLeft: rtl || undefined })] : []
          out.push(new Paragraph({ style, bidirectional: rtl || undefined, children: [...label, ...runs(part.children, rtl)] }))
        }
        break
      }
      case 'timeline':
        for (const entry of block.children) {
          const [date, event] = entry.children
          const rtl = isRtl(entry.direction, inlineText(event.children))
          out.push(
            new Paragraph({
              style: DOCX_STYLES.timelineEntry.id,
              bidirectional: rtl || undefined,
              children: [new TextRun({ text: inlineText(date.children), style: DOCX_CHARACTER_STYLES.timelineDate.id, rightToLeft: rtl || undefined }), new TextRun({ children: [new Tab()] }), ...runs(event.children, rtl)],
            }),
          )
        }
        break
      case 'image':
        out.push(...imageParas(block, article.assets))
        break
      case 'section-break':
        out.push(new Paragraph({ style: DOCX_STYLES.sectionBreak.id, children: [new TextRun('* * *')] }))
        break
      case 'page-break':
        out.push(new Paragraph({ children: [block.kind === 'column' ? new ColumnBreak() : new PageBreak()] }))
        break
      default:
        break
    }
  }

  const children: Paragraph[] = []
  if (meta.editorInChief) children.push(textPara(DOCX_STYLES.masthead.id, formatEditorInChief(meta.editorInChief, meta.language)))
  const date = formatMastheadDate(meta.date, meta.language, options.dateFormat)
  if (date) children.push(textPara(DOCX_STYLES.date.id, date))
  if (meta.kicker) children.push(textPara(DOCX_STYLES.kicker.id, meta.kicker))
  if (meta.headline) children.push(textPara(DOCX_STYLES.title.id, meta.headline))
  if (meta.deck) children.push(textPara(DOCX_STYLES.subtitle.id, meta.deck))
  if (meta.byline) children.push(textPara(DOCX_STYLES.byline.id, meta.byline))
  if (meta.dateline) children.push(textPara(DOCX_STYLES.dateline.id, meta.dateline))
  for (const block of article.body.root.children) blockParas(block, children)
  if (meta.authorBio) children.push(textPara(DOCX_STYLES.authorBio.id, meta.authorBio))
  if (children.length === 0) children.push(new Paragraph({ children: [] }))

  const custom = customProperties(article)
  const doc = new Document({
    title: meta.headline,
    subject: meta.deck,
    creator: meta.byline || 'Galley',
    keywords: meta.tags.join(', '),
    description: meta.kicker,
    lastModifiedBy: 'Galley',
    customProperties: custom,
    styles: documentStyles(lang.tag, rtlArticle),
    numbering: {
      config: [
        { reference: BULLET, levels: [0, 1, 2, 3, 4].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '◦', '▪', '•', '◦'][level]!, alignment: AlignmentType.START, style: { paragraph: { indent: { start: 360 * (level + 1), hanging: 360 } } } })) },
        { reference: NUMBER, levels: [0, 1, 2, 3, 4].map((level) => ({ level, format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER][level]!, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { start: 360 * (level + 1), hanging: 360 } } } })) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(page.widthMm * TWIP_PER_MM), height: Math.round(page.heightMm * TWIP_PER_MM) },
            margin: {
              top: Math.round(layout.marginsMm.top * TWIP_PER_MM),
              right: Math.round(layout.marginsMm.right * TWIP_PER_MM),
              bottom: Math.round(layout.marginsMm.bottom * TWIP_PER_MM),
              left: Math.round(layout.marginsMm.left * TWIP_PER_MM),
            },
          },
        },
        children,
      },
    ],
  })
  const bytes = await Packer.toBuffer(doc)
  return { bytes: new Uint8Array(bytes), warnings }
}

/** Custom properties carry the fields Word has no place for; the importer reads them back. */
export const CUSTOM_PROPERTY_PREFIX = 'Galley '

function customProperties(article: Article): { name: string; value: string }[] {
  const m = article.meta
  const entries: [string, string][] = [
    ['Template', m.template],
    ['Language', m.language],
    ['Status', m.status],
    ['Date', m.date],
    ['Kicker', m.kicker],
    ['Deck', m.deck],
    ['Byline', m.byline],
    ['Dateline', m.dateline],
    ['Editor in Chief', m.editorInChief],
    ['Section', m.section],
    ['Publication', m.publication],
    ['Author Bio', m.authorBio],
    ['Tags', m.tags.join(', ')],
    ...Object.entries(m.fields).map(([k, v]): [string, string] => [`Field ${k}`, v]),
  ]
  return entries.filter(([, v]) => v !== '').map(([k, v]) => ({ name: `${CUSTOM_PROPERTY_PREFIX}${k}`, value: v }))
}

function documentStyles(langTag: string, rtl: boolean): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  const serif = 'Georgia'
  const box = { top: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 4 }, left: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 4 }, right: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 4 } }
  const shading = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' }
  const p = (s: { id: string; name: string }, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({ id: s.id, name: s.name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options })
  const c = (s: { id: string; name: string }, options: Omit<ICharacterStyleOptions, 'id' | 'name'>): ICharacterStyleOptions => ({ id: s.id, name: s.name, basedOn: 'DefaultParagraphFont', quickFormat: true, ...options })
  const S = DOCX_STYLES
  return {
    default: {
      document: { run: { font: serif, size: 22, language: { value: langTag, ...(rtl ? { bidirectional: langTag } : {}) } }, paragraph: { spacing: { after: 120, line: 300 } } },
      title: { run: { font: serif, size: 52, bold: true } },
      heading2: { run: { font: serif, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading3: { run: { font: serif, size: 24, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      p(S.subtitle, { run: { size: 30, italics: true, color: '444444' }, paragraph: { spacing: { after: 200 } } }),
      p(S.kicker, { run: { size: 18, bold: true, smallCaps: true, color: '8B1A1A' } }),
      p(S.byline, { run: { size: 20, bold: true } }),
      p(S.dateline, { run: { size: 20, smallCaps: true } }),
      p(S.authorBio, { run: { size: 18, italics: true }, paragraph: { spacing: { before: 240 } } }),
      p(S.masthead, { run: { size: 18, smallCaps: true, color: '444444' } }),
      p(S.date, { run: { size: 18, color: '444444' }, paragraph: { spacing: { after: 240 } } }),
      p(S.quote, { run: { italics: true }, paragraph: { indent: { start: 720, end: 720 } } }),
      p(S.pullQuote, { run: { size: 32, italics: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, border: { top: box.top, bottom: box.bottom }, spacing: { before: 240, after: 60 } } }),
      p(S.pullQuoteAttribution, { run: { size: 18, smallCaps: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } }),
      ...Object.values(BOX_TITLE_STYLES).map((s) => p(s, { run: { bold: true, size: 22 }, paragraph: { border: box, shading, keepNext: true, spacing: { before: 240, after: 0 } } })),
      p(S.boxText, { run: { size: 20 }, paragraph: { border: box, shading, spacing: { after: 0 } } }),
      p(S.boxQuote, { run: { size: 20, italics: true }, paragraph: { border: box, shading, spacing: { after: 0 }, indent: { start: 360 } } }),
      p(S.boxBullet, { run: { size: 20 }, paragraph: { border: box, shading, spacing: { after: 0 } } }),
      p(S.boxNumber, { run: { size: 20 }, paragraph: { border: box, shading, spacing: { after: 0 } } }),
      p(S.question, { run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 160 } } }),
      p(S.answer, {}),
      p(S.timelineEntry, { paragraph: { indent: { start: 1440, hanging: 1440 } } }),
      p(S.figure, { paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 40 } } }),
      p(S.figureWide, { paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 40 } } }),
      p(S.caption, { run: { size: 18, italics: true, color: '333333' }, paragraph: { spacing: { after: 200 } } }),
      p(S.sectionBreak, { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } } }),
    ],
    characterStyles: [
      c(DOCX_CHARACTER_STYLES.speaker, { run: { bold: true } }),
      c(DOCX_CHARACTER_STYLES.timelineDate, { run: { bold: true } }),
      c(DOCX_CHARACTER_STYLES.credit, { run: { smallCaps: true, italics: false, color: '555555' } }),
    ],
  }
}
