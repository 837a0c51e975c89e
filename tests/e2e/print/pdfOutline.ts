// The document outline (bookmarks) of a PDF, read with pdf-lib: titles in order, nesting flattened.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export async function outlineTitles(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  const walk = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText())
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict))
  return titles
}
