// Copies the Hunspell dictionaries Galley ships from their npm packages (pinned devDependencies)
// into resources/dictionaries/, with their licences. Run after upgrading one: npm run dictionaries
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { decodeTrie } from 'cspell-trie-lib'
import { DICTIONARY_SOURCES, type DictionarySource } from '../src/main/services/spelling/dictionaries'
import { normalizeForDictionary } from '../src/shared/spelling/words'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'resources/dictionaries')

const lines: string[] = [
  '# Bundled spelling dictionaries',
  '',
  'Copied by `npm run dictionaries` (scripts/build-dictionaries.ts) from these npm packages; each folder keeps the',
  'dictionary’s licence file. Galley checks spelling offline with them: Hunspell (compiled to WebAssembly) for the',
  '`.aff`/`.dic` pairs, a sorted word list for Persian (every form of the Lilak dictionary, from its cspell build).',
  '',
  '| folder | language | package | licence |',
  '| --- | --- | --- | --- |',
]
for (const source of DICTIONARY_SOURCES) {
  const pkgDir = path.join(root, 'node_modules', source.npmPackage)
  const pkg = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string; license: string }
  const dir = path.join(out, source.id)
  await mkdir(dir, { recursive: true })
  if (source.format === 'hunspell') {
    await copyFile(path.join(pkgDir, 'index.aff'), path.join(dir, `${source.id}.aff`))
    await copyFile(path.join(pkgDir, 'index.dic'), path.join(dir, `${source.id}.dic`))
    await copyFile(path.join(pkgDir, 'license'), path.join(dir, 'LICENSE'))
  } else {
    await writeFile(path.join(dir, `${source.id}.words.gz`), await wordList(source, pkgDir))
    await copyFile(path.join(pkgDir, 'LICENSE'), path.join(dir, 'LICENSE'))
  }
  lines.push(`| \`${source.id}/\` | ${source.name} | \`${source.npmPackage}@${pkg.version}\` | ${pkg.license} |`)
}
/**
 * Every form of the cspell trie, in the form Galley asks about (normalizeForDictionary), sorted by
 * code units as WordList's binary search expects. `~` entries are cspell's accent-free duplicates.
 */
async function wordList(source: DictionarySource, pkgDir: string): Promise<Buffer> {
  const trieFile = (JSON.parse(await readFile(path.join(pkgDir, 'cspell-ext.json'), 'utf8').then(stripComments)) as { dictionaryDefinitions: { path: string }[] })
    .dictionaryDefinitions[0]!.path
  const trie = decodeTrie(gunzipSync(await readFile(path.join(pkgDir, trieFile))).toString('utf8'))
  const words = new Set<string>()
  for (const word of trie.words()) {
    if (word.startsWith('~') || word.startsWith('+') || word.endsWith('+')) continue
    const normalized = normalizeForDictionary(word)
    if (normalized.length > 0 && normalized.length <= 100) words.add(normalized)
  }
  const sorted = [...words].sort()
  console.log(`${source.id}: ${sorted.length} words`)
  // mtime 0 in the gzip header: the file only changes when the words do.
  return gzipSync(`${sorted.join('\n')}\n`, { level: 9 })
}

function stripComments(text: string): string {
  return text.replace(/^\s*\/\/.*$/gm, '')
}

await writeFile(path.join(out, 'README.md'), `${lines.join('\n')}\n`)
console.log(`dictionaries written: ${DICTIONARY_SOURCES.map((s) => s.id).join(', ')}`)
