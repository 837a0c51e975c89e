// What every importer produces before it becomes an Article: fields found, a body, images, and
// warnings for the journalist (things that could not be carried over). Pure: hashing and file
// access are handed in by the caller through `ImageSink`.
import type { ImageMime } from '../article/assets'
import { BodySchema, body as bodyOf, type BlockJSON, type BodyJSON, type ElementDirection } from '../article/body'
import { createArticle, type Article } from '../article/file'
import { directionOf } from '../article/languages'
import type { ArticleMeta } from '../article/meta'
import type { Assets } from '../article/assets'
import { GalleyError } from '../ipc/errors'

export type ImportedMeta = { -readonly [K in keyof ArticleMeta]?: ArticleMeta[K] }

export interface ImportedArticle {
  readonly meta: ImportedMeta
  readonly blocks: BlockJSON[]
  readonly warnings: string[]
}

/** Where importers put the images they find; returns the asset key, or null when the image is refused. */
export interface ImageSink {
  /** `src` as found in the document: a `data:` URL or a path relative to the imported file. */
  fromSource(src: string): string | null
}

export const noImages: ImageSink = { fromSource: () => null }

export interface FinishOptions {
  readonly id: string
  readonly now: Date
  readonly assets: Assets
  /** `--template`: wins over what the importer guessed. */
  readonly template?: string
}

/** Builds the Article and checks the body against the schema every load uses. */
export function finishImport(imported: ImportedArticle, options: FinishOptions): Article {
  const meta: ImportedMeta = { ...imported.meta }
  if (options.template) meta.template = options.template
  if (meta.language && !meta.direction) meta.direction = directionOf(meta.language)
  const body: BodyJSON = bodyOf(imported.blocks)
  const checked = BodySchema.safeParse(body)
  if (!checked.success) {
    // A bug in an importer, never the user's fault; say so plainly.
    throw new GalleyError('IMPORT_FAILED', 'Galley could not turn this document into an article. Nothing was changed.', checked.error.issues[0]?.path.join('.'))
  }
  return createArticle({ id: options.id, now: options.now, meta, body, assets: options.assets })
}

const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u
const LETTER = /\p{L}/u

/** Direction of a text by its first strong character, as the editor sets it; null without letters. */
export function textDirection(text: string): ElementDirection {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl'
    if (LETTER.test(ch)) return 'ltr'
  }
  return null
}

export type ImportedImageMime = ImageMime
