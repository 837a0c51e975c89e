// The inspector re-runs the ready-for-print checklist as the writer types. Baseline: the word count
// alone (bodyStats), which the checklist must do anyway; measured in the same run on the same articles.
import { body, factBox, image, list, paragraph, pullQuote, qaPair, subhead, type BlockJSON } from '../src/shared/article/body'
import { createArticle } from '../src/shared/article/file'
import { bodyStats } from '../src/shared/article/stats'
import { builtInTemplate } from '../src/shared/templates/builtins'
import { checkArticle } from '../src/shared/templates/checklist'
import { ph } from '../src/shared/templates/placeholders'

const WORDS = 'the mayor of kabul said on wednesday that the council would meet again before the end of the month to vote on the budget'.split(' ')

function article(words: number) {
  const blocks: BlockJSON[] = []
  let n = 0
  for (let i = 0; n < words; i++) {
    if (i % 8 === 0) blocks.push(subhead(`Part ${i / 8 + 1}`))
    if (i % 20 === 5) blocks.push(factBox('Key facts', [list('bullet', ['One fact', 'Another fact'])]))
    if (i % 25 === 7) blocks.push(pullQuote('A strong line', 'Someone'), image('c'.repeat(64), { caption: 'A caption', credit: '' }))
    if (i % 30 === 9) blocks.push(qaPair('Why?', 'Because.'), ph.paragraph('Nut graf: why this matters, and what it means for readers.'))
    const text = Array.from({ length: 60 }, (_, k) => WORDS[(i + k) % WORDS.length]).join(' ')
    blocks.push(paragraph(text))
    n += 60
  }
  return createArticle({ id: '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f', now: new Date(), meta: { headline: 'A headline', byline: 'A writer', target: { unit: 'words', min: 400, max: 900 } }, body: body(blocks) })
}

function time(fn: () => unknown, rounds: number): number {
  for (let i = 0; i < 5; i++) fn()
  const start = performance.now()
  for (let i = 0; i < rounds; i++) fn()
  return (performance.now() - start) / rounds
}

const template = builtInTemplate('news')!
const results: Record<string, { words: number; baselineMs: number; checklistMs: number; ratio: number }> = {}
for (const words of [1_500, 10_000]) {
  const a = article(words)
  const rounds = words > 5_000 ? 50 : 300
  const baselineMs = time(() => bodyStats(a.body, { language: 'en' }), rounds)
  const checklistMs = time(() => checkArticle(a, template), rounds)
  const items = checkArticle(a, template).items.length
  results[`${words}`] = { words, baselineMs: +baselineMs.toFixed(3), checklistMs: +checklistMs.toFixed(3), ratio: +(checklistMs / baselineMs).toFixed(2) }
  console.log(`${words} words: word count ${baselineMs.toFixed(3)} ms, full checklist ${checklistMs.toFixed(3)} ms (${(checklistMs / baselineMs).toFixed(2)}×), ${items} items`)
}
console.log(`BENCH checklist ${JSON.stringify(results)}`)
