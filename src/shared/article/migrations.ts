// Older .galley versions, migrated step by step to the current one. Each step takes the JSON of
// version N and returns the JSON of version N+1; unknown fields are carried along untouched.

type Json = Record<string, unknown>
export type Migration = (file: Json) => Json

/**
 * Version 0: the first prototype's files. Fields sat flat on the file (title, subtitle, author…), there
 * was no layout, and images were data URLs in an `images` map.
 */
function v0ToV1(file: Json): Json {
  const {
    title,
    subtitle,
    author,
    section,
    date,
    language,
    kicker,
    dateline,
    tags,
    status,
    images,
    created,
    modified,
    version: _version,
    ...rest
  } = file
  const meta: Json = {}
  if (typeof title === 'string') meta['headline'] = title
  if (typeof subtitle === 'string') meta['deck'] = subtitle
  if (typeof author === 'string') meta['byline'] = author
  if (typeof section === 'string') meta['section'] = section
  if (typeof date === 'string') meta['date'] = date
  if (typeof language === 'string') meta['language'] = language
  if (typeof kicker === 'string') meta['kicker'] = kicker
  if (typeof dateline === 'string') meta['dateline'] = dateline
  if (Array.isArray(tags)) meta['tags'] = tags
  if (typeof status === 'string') meta['status'] = status === 'final' ? 'ready' : status
  if (typeof created === 'string') meta['created'] = created
  if (typeof modified === 'string') meta['modified'] = modified
  const assets: Json = {}
  if (images && typeof images === 'object') {
    for (const [key, value] of Object.entries(images as Json)) {
      const match = typeof value === 'string' ? /^data:([\w/+.-]+);base64,(.*)$/s.exec(value) : null
      if (match) assets[key] = { mime: match[1], data: match[2] }
    }
  }
  return { ...rest, version: 1, meta: { ...((rest['meta'] as Json | undefined) ?? {}), ...meta }, assets }
}

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1]
export const CURRENT_VERSION = MIGRATIONS.length
