import { describe, expect, it } from 'vitest'
import { canHyphenate, createHyphenator, hyphenateKazakh, SOFT_HYPHEN } from './hyphenate'

const show = (s: string): string => s.replaceAll(SOFT_HYPHEN, '-')

describe('createHyphenator', () => {
  it('inserts soft hyphens in English words and keeps the text otherwise identical', () => {
    const hy = createHyphenator('en')
    const text = 'The government announced extraordinary investments.'
    const out = hy(text)
    expect(out.replaceAll(SOFT_HYPHEN, '')).toBe(text)
    expect(show(out)).toBe('The gov-ern-ment an-nounced ex-tra-or-di-nary in-vest-ments.')
  })

  it('hyphenates Russian with the Russian patterns', () => {
    expect(show(createHyphenator('ru')('Правительство объявило'))).toBe('Пра-ви-тель-ство объ-яви-ло')
  })

  it('hyphenates Kazakh by its syllables, soft and hard signs staying with their consonant', () => {
    expect(show(hyphenateKazakh('бағдарламаны'))).toBe('бағ-дар-ла-ма-ны')
    expect(show(hyphenateKazakh('мемлекеттік'))).toBe('мем-ле-кет-тік')
    expect(show(createHyphenator('kk')('Республикасының үкіметі'))).toBe('Рес-пуб-ли-ка-сы-ның үкі-ме-ті')
    expect(hyphenateKazakh('ана')).toBe('ана')
  })

  it('never hyphenates Arabic script, addresses or acronyms', () => {
    expect(canHyphenate('fa-AF')).toBe(false)
    expect(canHyphenate('ps')).toBe(false)
    expect(createHyphenator('fa-AF')('حکومت افغانستان')).toBe('حکومت افغانستان')
    expect(createHyphenator('en')('پارلمان افغانستان')).toBe('پارلمان افغانستان')
    const hy = createHyphenator('en')
    expect(hy('see https://example.com/international or editor@newspaper.example')).toBe('see https://example.com/international or editor@newspaper.example')
    expect(hy('UNESCO')).toBe('UNESCO')
  })

  it('never leaves a single letter before or after a break', () => {
    const out = createHyphenator('en')('academy imagination evacuation')
    for (const word of out.split(' ')) {
      const parts = word.split(SOFT_HYPHEN)
      expect(parts[0]!.length).toBeGreaterThanOrEqual(2)
      expect(parts[parts.length - 1]!.length).toBeGreaterThanOrEqual(2)
    }
  })
})
