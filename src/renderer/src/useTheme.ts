import { useEffect } from 'react'
import type { Theme } from '../../shared/ipc/settings'

/** Applies the chosen theme to <html data-theme>, following the system when set to "system". */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = (): void => {
      const effective = theme === 'light' || theme === 'dark' ? theme : media.matches ? 'dark' : 'light'
      document.documentElement.dataset['theme'] = effective
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [theme])
}
