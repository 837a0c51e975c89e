// Tags as chips: type and press Enter or a comma to add, × or Backspace in the empty box to remove.
import { useState } from 'react'
import { addTags } from './tags'

interface Props {
  readonly id: string
  readonly value: readonly string[]
  readonly disabled: boolean
  readonly onChange: (tags: string[]) => void
}

export function TagsInput({ id, value, disabled, onChange }: Props) {
  const [draft, setDraft] = useState('')
  const commit = (): void => {
    if (draft.trim() === '') return
    onChange(addTags(value, draft))
    setDraft('')
  }
  return (
    <div className="tags-input">
      {value.map((tag) => (
        <span key={tag} className="tag-chip" dir="auto">
          {tag}
          {!disabled && (
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(value.filter((t) => t !== tag))}>
              ×
            </button>
          )}
        </span>
      ))}
      <input
        id={id}
        dir="auto"
        value={draft}
        disabled={disabled}
        placeholder={value.length === 0 ? 'Add tags…' : ''}
        onChange={(e) => {
          const text = e.target.value
          if (text.includes(',')) {
            onChange(addTags(value, text))
            setDraft('')
          } else setDraft(text)
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          } else if (e.key === 'Backspace' && draft === '' && value.length > 0) onChange(value.slice(0, -1))
        }}
      />
    </div>
  )
}
