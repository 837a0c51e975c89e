// A long, realistic article for benchmarks: subheads every few paragraphs, images among them.
import { createArticle, serializeArticle } from '../src/shared/article/file'
import { body, image, paragraph, subhead, type BlockJSON } from '../src/shared/article/body'

const WORDS = (
  'the city council met on wednesday to discuss the bridge over the river which was closed after the flood last spring ' +
  'residents said the repairs took too long and that the detour added an hour to their daily journey to work and school ' +
  'engineers from the ministry inspected the pillars and found cracks that needed urgent attention before the winter'
).split(' ')

/** Deterministic text: `words` words in paragraphs of 40–90 words, a subhead every 8 paragraphs, an image every 25. */
export function longBody(words: number, imageKey: string | null): { blocks: BlockJSON[]; words: number } {
  const blocks: BlockJSON[] = []
  let written = 0
  let seed = 7
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
  }
  let n = 0
  while (written < words) {
    if (n % 8 === 0) {
      const head = Array.from({ length: 4 }, () => WORDS[next() % WORDS.length]).join(' ')
      blocks.push(subhead(head.charAt(0).toUpperCase() + head.slice(1)))
      written += 4
    }
    if (imageKey && n % 25 === 12) blocks.push(image(imageKey, { caption: 'The bridge at dawn, seen from the east bank', credit: 'Photo: Staff' }))
    const length = Math.min(40 + (next() % 50), words - written)
    const text = Array.from({ length }, () => WORDS[next() % WORDS.length]).join(' ')
    blocks.push(paragraph(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`))
    written += length
    n++
  }
  return { blocks, words: written }
}

export function longArticleFile(words: number, png: Buffer, key: string): { text: string; words: number } {
  const { blocks, words: count } = longBody(words, key)
  const article = createArticle({
    id: '00000000-0000-4000-8000-000000000001',
    now: new Date('2026-01-01T00:00:00Z'),
    meta: { headline: 'Twenty thousand words on a bridge' },
    body: body(blocks),
    assets: { [key]: { mime: 'image/png', data: png.toString('base64'), name: 'bridge.png' } },
  })
  return { text: serializeArticle(article), words: count }
}
