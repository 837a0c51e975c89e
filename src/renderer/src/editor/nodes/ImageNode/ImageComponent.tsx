import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG, type NodeKey } from 'lexical'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { resolveAsset } from '../../assetRegistry'
import { useBlockSelection } from '../base/useBlockSelection'
import { $isImageNode, type ImageFields } from './ImageNode'

type TextField = 'caption' | 'credit' | 'altText'

/** The image as it will print, with its caption, credit and alt text edited in place. */
export function ImageComponent({ nodeKey, fields }: { readonly nodeKey: NodeKey; readonly fields: ImageFields }) {
  const [editor] = useLexicalComposerContext()
  const selected = useBlockSelection(nodeKey)
  const [draft, setDraft] = useState({ caption: fields.caption, credit: fields.credit, altText: fields.altText })
  const src = resolveAsset(editor, fields.asset)

  // Undo/redo or a find-and-replace changes the node: show what it now holds.
  // (Unchanged fields keep the same state: no second render of every image when an article opens.)
  useEffect(
    () =>
      setDraft((d) => (d.caption === fields.caption && d.credit === fields.credit && d.altText === fields.altText ? d : { caption: fields.caption, credit: fields.credit, altText: fields.altText })),
    [fields.caption, fields.credit, fields.altText],
  )

  // The caption fields keep the keyboard: the update must not move the focus back into the text.
  const commit = (patch: Partial<ImageFields>): void =>
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey)
        if ($isImageNode(node)) node.setFields(patch)
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    )
  const commitField = (name: TextField): void => {
    if (draft[name] !== fields[name]) commit({ [name]: draft[name] })
  }
  const remove = (): void =>
    editor.update(() => {
      $getNodeByKey(nodeKey)?.remove()
    })
  const onKeyDown = (name: TextField) => (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    e.stopPropagation()
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault()
      commitField(name)
      editor.focus()
    }
  }
  const field = (name: TextField, label: string, placeholder: string, multiline = false) => {
    const props = {
      'aria-label': label,
      className: `image-${name}`,
      placeholder,
      value: draft[name],
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
      onBlur: () => commitField(name),
      onKeyDown: onKeyDown(name),
      onPaste: (e: { stopPropagation(): void }) => e.stopPropagation(),
      dir: 'auto',
    }
    return multiline ? <textarea rows={1} {...props} /> : <input {...props} />
  }

  return (
    <figure className={`image image--${fields.width}${selected ? ' is-selected' : ''}`} data-asset={fields.asset}>
      {src ? <img src={src} alt={fields.altText} draggable={false} /> : <div className="image-missing">This image is missing from the article file.</div>}
      <figcaption contentEditable={false}>
        {field('caption', 'Caption', 'Write a caption…', true)}
        {field('credit', 'Credit', 'Photo credit')}
      </figcaption>
      <div className="image-tools" contentEditable={false}>
        {field('altText', 'Alt text', 'Describe the image for readers who cannot see it')}
        <div className="segmented" role="group" aria-label="Image width">
          {(['column', 'full'] as const).map((w) => (
            <button key={w} type="button" aria-pressed={fields.width === w} onClick={() => commit({ width: w })} title={w === 'column' ? 'One column wide' : 'Across all columns'}>
              {w === 'column' ? 'Column' : 'Full width'}
            </button>
          ))}
        </div>
        <button type="button" className="ghost danger" onClick={remove} title="Remove the image (Delete)">
          Remove
        </button>
      </div>
    </figure>
  )
}
