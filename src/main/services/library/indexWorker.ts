// A worker thread's share of a large index build: it reads, checks and indexes a run of article
// files exactly as the main thread would, and hands back their catalogue entries and its FlexSearch
// term map, which the main thread merges into its own index (same result as one thread, in less time).
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { HostError } from '../../../shared/ipc/errors'
import { indexedText, metaOf, newFlex, readArticleFile, termMap, textsOf, type FileStat, type Meta } from './indexing'
import { encodeTermMap } from './searchCache'

export interface IndexJob {
  /** Document numbers are `first`, `first + 1`, … in the order of `files`. */
  readonly first: number
  readonly files: readonly { readonly abs: string; readonly rel: string; readonly name: string; readonly stat: FileStat }[]
}

export type PartItem = { readonly meta: Meta; readonly stat: FileStat } | { readonly problem: HostError; readonly stat: FileStat }

export interface IndexPart {
  /** One per file of the job, in its order. */
  readonly items: PartItem[]
  /** The documents FlexSearch holds (an article with no words at all is not one). */
  readonly indexed: number[]
  /** The term map, as `encodeTermMap` gives it. */
  readonly terms: string
  readonly ints: Uint32Array
}

export const WORKER_KIND = 'galley.index-part'

/** Indexes the job's files into a fresh FlexSearch index, as `LibraryIndex.put` would one by one. */
export function indexPart(job: IndexJob): IndexPart {
  const flex = newFlex()
  const items: PartItem[] = []
  const indexed: number[] = []
  job.files.forEach((file, i) => {
    const n = job.first + i
    const result = readArticleFile(file.abs, file.name, file.stat)
    if ('article' in result) {
      items.push({ meta: metaOf(result.article, file.abs, file.rel, result.stat), stat: result.stat })
      flex.add(n, indexedText(result.texts ?? textsOf(result.article)))
      if (flex.contain(n)) indexed.push(n)
    } else items.push({ problem: result.problem, stat: result.stat ?? file.stat })
  })
  const map = termMap(flex)
  if (!map) throw new Error('FlexSearch keeps its term map elsewhere in this version')
  const { text, ints } = encodeTermMap(map)
  return { items, indexed, terms: text, ints }
}

if (!isMainThread && parentPort && (workerData as { kind?: unknown } | null)?.kind === WORKER_KIND) {
  const part = indexPart((workerData as { job: IndexJob }).job)
  parentPort.postMessage(part, [part.ints.buffer as ArrayBuffer])
}
