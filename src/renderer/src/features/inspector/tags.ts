// Tags as the writer types them: separated by commas, trimmed, each once, within the file's limits.
const MAX_TAGS = 100
const MAX_TAG_LENGTH = 80

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().slice(0, MAX_TAG_LENGTH)).filter(Boolean))].slice(0, MAX_TAGS)
}

/** `tags` with what was typed added (any case-insensitive repeat left out). */
export function addTags(tags: readonly string[], typed: string): string[] {
  const known = new Set(tags.map((t) => t.toLocaleLowerCase()))
  const added = parseTags(typed).filter((t) => !known.has(t.toLocaleLowerCase()))
  return [...tags, ...added].slice(0, MAX_TAGS)
}
