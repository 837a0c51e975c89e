import { describe, expect, it } from 'vitest'
import { DEFAULT_BOUNDS, fitBoundsToDisplays, MIN_HEIGHT, MIN_WIDTH, mainWindowOptions } from './windowOptions'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ bounds: { width: 1200, height: 800 }, preloadPath: '/app/out/preload/index.cjs', platform: 'linux', iconPath: '/icon.png' })

  it('isolates the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    })
  })

  it('turns off Electron’s downloading spell checker', () => {
    expect(options.webPreferences?.spellcheck).toBe(false)
  })

  it('starts hidden and centred without remembered position', () => {
    expect(options.show).toBe(false)
    expect(options.center).toBe(true)
    expect(options.icon).toBe('/icon.png')
  })

  it('uses the remembered position', () => {
    const o = mainWindowOptions({ bounds: { x: 10, y: 20, width: 900, height: 700 }, preloadPath: 'p', platform: 'darwin' })
    expect(o).toMatchObject({ x: 10, y: 20, width: 900, height: 700, titleBarStyle: 'hiddenInset' })
    expect(o.center).toBeUndefined()
  })
})

describe('fitBoundsToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 }
  const external = { x: 1440, y: 0, width: 2560, height: 1440 }

  it('falls back to the default size without saved state', () => {
    expect(fitBoundsToDisplays(undefined, [laptop])).toEqual(DEFAULT_BOUNDS)
  })

  it('keeps a window that is visible', () => {
    expect(fitBoundsToDisplays({ x: 100, y: 50, width: 1000, height: 700 }, [laptop])).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: false })
  })

  it('recentres a window left on an unplugged monitor', () => {
    expect(fitBoundsToDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ width: 1200, height: 800, maximized: false })
    expect(fitBoundsToDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, external])).toMatchObject({ x: 2000 })
  })

  it('clamps sizes to the screen and the minimum', () => {
    expect(fitBoundsToDisplays({ width: 5000, height: 5000 }, [laptop])).toEqual({ width: 1440, height: 900, maximized: false })
    expect(fitBoundsToDisplays({ width: 10, height: 10 }, [laptop])).toEqual({ width: MIN_WIDTH, height: MIN_HEIGHT, maximized: false })
  })

  it('survives nonsense values', () => {
    expect(fitBoundsToDisplays({ width: Number.NaN, height: 800 }, [laptop])).toEqual(DEFAULT_BOUNDS)
    expect(fitBoundsToDisplays({ x: Number.POSITIVE_INFINITY, y: 0, width: 900, height: 700 }, [laptop])).toEqual({ width: 900, height: 700, maximized: false })
  })

  it('keeps the maximized flag', () => {
    expect(fitBoundsToDisplays({ width: 900, height: 700, maximized: true }, [laptop]).maximized).toBe(true)
  })
})
