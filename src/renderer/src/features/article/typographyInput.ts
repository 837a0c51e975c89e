// Smart typography in the article's plain fields (headline, deck…), through the browser's own
// editing so one Ctrl/Cmd+Z gives back what was typed, as in the body.
import type { FormEvent } from 'react'
import type { Language } from '../../../../shared/article/languages'
import { smartTypography } from '../../editor/plugins/SmartTypographyPlugin/typography'

export function typographyOnInput(language: Language) {
  return (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    const native = event.nativeEvent as InputEvent
    if (native.inputType !== 'insertText' || native.isComposing) return
    const field = event.currentTarget
    const caret = field.selectionStart
    if (caret === null || caret !== field.selectionEnd) return
    const edit = smartTypography(field.value.slice(0, caret), language)
    if (!edit) return
    field.setSelectionRange(edit.from, edit.to)
    // execCommand keeps the change in the field's own undo history; setting .value would not.
    document.execCommand('insertText', false, edit.text)
  }
}
