// Child process of the SIGKILL crash test (crash.test.ts): starts the library (which sweeps what an
// earlier kill left), reports leftover temp files, then saves two versions of one article in a loop
// until it is killed.
import { readdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { ArticleContent } from '../../../shared/ipc/library'
import { TEMP_PREFIX } from '../fs/atomicWrite'
import { LibraryService } from './LibraryService'

const [dir, userDataDir, file] = process.argv.slice(2) as [string, string, string]
const versions = JSON.parse(await readFile(process.env['GALLEY_CRASH_VERSIONS'] ?? '', 'utf8')) as ArticleContent[]

const service = new LibraryService({ dir: async () => dir, userDataDir, watch: false })
await service.start()
const leftovers = (await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))
process.stdout.write(`ready ${leftovers.length}\n`)
const opened = await service.open(path.join(dir, file))
let revision = opened.revision
// Start with the version that is not on disk, so every save replaces one version with the other.
const first = versions.findIndex((v) => v.meta.headline !== opened.article.meta.headline)
for (let i = first; ; i++) {
  const result = await service.save(path.join(dir, file), versions[i % versions.length] as ArticleContent, revision)
  if (result.status !== 'saved') throw new Error(`unexpected ${result.status}`)
  revision = result.revision
}
