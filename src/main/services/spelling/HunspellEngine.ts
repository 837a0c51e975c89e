// Hunspell (the C++ library LibreOffice and Firefox use) compiled to WebAssembly by hunspell-asm:
// the dictionaries' affix rules apply exactly as in those programs, and a Russian dictionary loads
// in a fraction of a second with a few MB of memory.
import { readFile } from 'node:fs/promises'
import { loadModule } from 'hunspell-asm'

export interface SpellEngine {
  correct(word: string): boolean
  suggest(word: string): string[]
  add(word: string): void
  remove(word: string): void
  dispose(): void
}

type Factory = Awaited<ReturnType<typeof loadModule>>
let factory: Promise<Factory> | undefined
let mounts = 0

export async function loadHunspell(affPath: string, dicPath: string): Promise<SpellEngine> {
  factory ??= loadModule()
  const f = await factory
  const [aff, dic] = await Promise.all([readFile(affPath), readFile(dicPath)])
  const n = ++mounts
  const affMount = f.mountBuffer(aff, `d${n}.aff`)
  const dicMount = f.mountBuffer(dic, `d${n}.dic`)
  const hunspell = f.create(affMount, dicMount)
  // The instance keeps what it needs; the in-memory copies of the files can go.
  f.unmount(affMount)
  f.unmount(dicMount)
  return {
    correct: (word) => hunspell.spell(word),
    suggest: (word) => hunspell.suggest(word),
    add: (word) => hunspell.addWord(word),
    remove: (word) => hunspell.removeWord(word),
    dispose: () => hunspell.dispose(),
  }
}
