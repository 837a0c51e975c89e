// The .galley files among dropped files, by path.

export function droppedArticlePaths(files: ArrayLike<File>, pathOf: (file: File) => string): string[] {
  const out: string[] = []
  for (let i = 0; i < files.length; i++) {
    const file = files[i]
    if (!file || !file.name.toLowerCase().endsWith('.galley')) continue
    const p = pathOf(file)
    if (p && !out.includes(p)) out.push(p)
  }
  return out.slice(0, 50)
}
