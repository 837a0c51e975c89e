import { ASSET_KEY, IMAGE_WIDTHS, type ImageWidth } from '../../../../../shared/article/body'
import { $create, type DOMConversionMap, type DOMConversionOutput, type DOMExportOutput, type LexicalEditor, type LexicalNode, type LexicalUpdateJSON, type SerializedLexicalNode } from 'lexical'
import { resolveAsset } from '../../assetRegistry'
import { MARKER } from '../base/BlockPartNode'
import { BlockDecoratorNode } from '../base/BlockDecoratorNode'
import { drawImageDOM, updateImageDOM } from './imageDOM'

export interface ImageFields {
  readonly asset: string
  readonly altText: string
  readonly caption: string
  readonly credit: string
  readonly width: ImageWidth
}
export type SerializedImageNode = SerializedLexicalNode & { type: 'image'; version: 1 } & ImageFields

/** Set on an `<img>` by the paste and drop handlers once its bytes are stored as an asset. */
export const ASSET_ATTRIBUTE = 'data-galley-asset'

const asWidth = (value: unknown): ImageWidth => ((IMAGE_WIDTHS as readonly unknown[]).includes(value) ? (value as ImageWidth) : 'column')
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '')

function fromImg(img: HTMLImageElement, figure: HTMLElement | null): DOMConversionOutput {
  const asset = img.getAttribute(ASSET_ATTRIBUTE) ?? ''
  if (!ASSET_KEY.test(asset)) return { node: null }
  const caption = figure?.querySelector('[data-part="caption"]')?.textContent ?? (figure ? [...figure.querySelectorAll('figcaption')].map((c) => c.textContent ?? '').join(' ').trim() : '')
  const credit = figure?.querySelector('[data-part="credit"]')?.textContent ?? ''
  const width = figure?.getAttribute('data-width') ?? img.getAttribute('data-width')
  return {
    node: $createImageNode({ asset, altText: img.alt, caption: caption.trim(), credit: credit.trim(), width: asWidth(width) }),
    // The figure's caption text is already in the node; its children must not become paragraphs.
    forChild: () => null,
  }
}

const fieldsOf = (node: ImageNode): ImageFields => ({ asset: node.__asset, altText: node.__altText, caption: node.__caption, credit: node.__credit, width: node.__width })

/** An embedded image with caption, credit and alt text, a column or the full width wide. */
export class ImageNode extends BlockDecoratorNode {
  __asset = ''
  __altText = ''
  __caption = ''
  __credit = ''
  __width: ImageWidth = 'column'

  override $config() {
    return this.config('image', {
      extends: BlockDecoratorNode,
      importDOM: {
        figure: (dom: HTMLElement) => {
          const img = dom.querySelector(`img[${ASSET_ATTRIBUTE}]`)
          return img instanceof HTMLImageElement ? { priority: 3, conversion: () => fromImg(img, dom) } : null
        },
        img: (dom: HTMLElement) => (dom.hasAttribute(ASSET_ATTRIBUTE) ? { priority: 3, conversion: () => fromImg(dom as HTMLImageElement, null) } : null),
      } satisfies DOMConversionMap,
    })
  }
  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev)
    this.__asset = prev.__asset
    this.__altText = prev.__altText
    this.__caption = prev.__caption
    this.__credit = prev.__credit
    this.__width = prev.__width
  }
  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageNode>): this {
    return super.updateFromJSON(json).setFields({
      asset: text(json.asset, 64),
      altText: text(json.altText, 2000),
      caption: text(json.caption, 5000),
      credit: text(json.credit, 500),
      width: asWidth(json.width),
    })
  }
  override exportJSON(): SerializedImageNode {
    return { ...super.exportJSON(), type: 'image', version: 1, ...this.getFields() }
  }
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const f = this.getFields()
    const figure = document.createElement('figure')
    figure.setAttribute(MARKER, 'image')
    figure.setAttribute('data-width', f.width)
    figure.className = `image image--${f.width}`
    const img = document.createElement('img')
    img.setAttribute(ASSET_ATTRIBUTE, f.asset)
    img.alt = f.altText
    const src = resolveAsset(editor, f.asset)
    if (src) img.src = src
    figure.append(img)
    if (f.caption || f.credit) {
      const figcaption = document.createElement('figcaption')
      for (const [part, value] of [['caption', f.caption], ['credit', f.credit]] as const) {
        if (!value) continue
        const span = document.createElement('span')
        span.setAttribute('data-part', part)
        span.className = part
        span.textContent = value
        figcaption.append(span, ' ')
      }
      figure.append(figcaption)
    }
    return { element: figure }
  }
  getFields(): ImageFields {
    return fieldsOf(this.getLatest())
  }
  setFields(fields: Partial<ImageFields>): this {
    const self = this.getWritable()
    if (fields.asset !== undefined) self.__asset = fields.asset
    if (fields.altText !== undefined) self.__altText = fields.altText
    if (fields.caption !== undefined) self.__caption = fields.caption
    if (fields.credit !== undefined) self.__credit = fields.credit
    if (fields.width !== undefined) self.__width = fields.width
    return self
  }
  // Captions are not body copy: find, counts and the outline read them from the fields, not from here.
  override getTextContent(): string {
    return '\n'
  }
  protected override drawBlockDOM(dom: HTMLElement, editor: LexicalEditor): void {
    drawImageDOM(dom, editor, this.getKey(), this.getFields())
  }
  protected override updateBlockDOM(prev: this, dom: HTMLElement, editor: LexicalEditor): void {
    // This version of the node against the one drawn (getFields would read the latest of both).
    updateImageDOM(dom, editor, fieldsOf(prev), fieldsOf(this))
  }
}

export function $createImageNode(fields: Partial<ImageFields> & { asset: string }): ImageNode {
  return $create(ImageNode).setFields(fields)
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode
}
