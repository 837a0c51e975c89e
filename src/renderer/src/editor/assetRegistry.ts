// How an editor finds an image asset's bytes: the document session registers a resolver per
// editor, so nodes (exportDOM, their React view) can turn an asset key into a displayable URL.
import type { LexicalEditor } from 'lexical'

export type AssetResolver = (key: string) => string | null

const resolvers = new WeakMap<LexicalEditor, AssetResolver>()

export function registerAssetResolver(editor: LexicalEditor, resolver: AssetResolver): () => void {
  resolvers.set(editor, resolver)
  return () => {
    if (resolvers.get(editor) === resolver) resolvers.delete(editor)
  }
}

export function resolveAsset(editor: LexicalEditor, key: string): string | null {
  return resolvers.get(editor)?.(key) ?? null
}
