// `npm run bench -- NAME`: runs bench/NAME.bench.ts. Each benchmark measures Galley against its
// baseline in the same run and prints `BENCH <name> <json>` as its last line.
import { readdirSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort()
const name = process.argv[2]
if (!name || !available.includes(name)) {
  console.error(name ? `No benchmark called "${name}".` : 'Which benchmark?')
  console.error(`Usage: npm run bench -- <name>\nAvailable: ${available.join(', ') || '(none yet)'}`)
  process.exit(2)
}
await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href)
