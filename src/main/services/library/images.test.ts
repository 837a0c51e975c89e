import { describe, expect, it } from 'vitest'
import { sha256 } from './content'
import { prepareImage, sanitizeSvg } from './images'

const svg = (inner: string): string => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inner}</svg>`

describe('images', () => {
  it('keys an image by the SHA-256 of its bytes and takes its type from them', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const { key, asset } = await prepareImage({ mime: 'image/png', data: bytes.toString('base64'), name: 'photo.jpg' })
    expect(key).toBe(sha256(bytes))
    expect(asset).toEqual({ mime: 'image/jpeg', data: bytes.toString('base64'), name: 'photo.jpg' })
  })

  it('sanitizes SVG: no scripts, handlers, foreign HTML or outside references; drawing kept', async () => {
    const dirty = svg(
      '<script>alert(1)</script><rect width="5" height="5" fill="red" onclick="alert(2)"/>' +
        '<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>' +
        '<image href="https://evil.example/track.png" width="1" height="1"/><use xlink:href="#r"/>' +
        '<a href="javascript:alert(3)"><circle r="2"/></a><style>@import url(https://evil.example/x.css)</style>',
    )
    const clean = await sanitizeSvg(dirty)
    expect(clean).toContain('<rect')
    expect(clean).toContain('fill="red"')
    expect(clean).toContain('xmlns="http://www.w3.org/2000/svg"')
    for (const bad of ['script', 'onclick', 'foreignObject', 'iframe', 'evil.example', 'javascript:', '<style']) expect(clean).not.toContain(bad)
    const { asset } = await prepareImage({ mime: 'image/svg+xml', data: Buffer.from(dirty).toString('base64') })
    expect(asset.mime).toBe('image/svg+xml')
    expect(Buffer.from(asset.data, 'base64').toString('utf8')).toBe(clean)
  }, 30_000)

  it('refuses an SVG with nothing safe left in it', async () => {
    await expect(prepareImage({ mime: 'image/svg+xml', data: Buffer.from('<svg><script>alert(1)</script>').toString('base64') })).resolves.toBeDefined()
    await expect(prepareImage({ mime: 'image/svg+xml', data: Buffer.from('<svg onload="x"').toString('base64') })).rejects.toMatchObject({ code: 'IMAGE_UNSUPPORTED' })
  })
})
