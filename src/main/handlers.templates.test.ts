// The templates concern of the host API, end to end in Node: channel → dispatcher → handler → service.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, paragraph } from '../shared/article/body'
import { channels } from '../shared/ipc/channels'
import { builtInTemplate } from '../shared/templates/builtins'
import { createFromTemplate } from '../shared/templates/create'
import { createContainer } from './container'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'galley-templates-api-'))
})
afterEach(async () => rm(root, { recursive: true, force: true }))

const defaults = { publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', dateFormat: 'long' as const, defaultLanguage: 'en' as const }

function columnContent() {
  const article = createFromTemplate(builtInTemplate('op-ed')!, { id: '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f', now: new Date(2020, 6, 8), defaults })
  return { meta: { ...article.meta, headline: 'Night buses' }, layout: article.layout, body: body([paragraph('Copy.')]) }
}

describe('templates host API', () => {
  it('is wired through the container and validates arguments', async () => {
    const container = createContainer({
      appName: 'Galley',
      version: '0.0.0',
      platform: 'linux',
      userDataDir: path.join(root, 'user-data'),
      defaultLibraryDir: path.join(root, 'library'),
      isTrustedSender: () => true,
    })
    await container.start()
    const sender = { url: 'app://galley/index.html', isMainFrame: true }
    const listed = await container.dispatch(sender, channels.templates.list, [])
    expect(listed).toMatchObject({ ok: true, value: { templates: expect.arrayContaining([expect.objectContaining({ builtIn: true })]) } })
    const saved = await container.dispatch(sender, channels.templates.saveFromArticle, [columnContent(), { name: 'Kabul Diary' }])
    expect(saved).toMatchObject({ ok: true, value: { template: { name: 'Kabul Diary' } } })
    expect(await container.dispatch(sender, channels.templates.saveFromArticle, [columnContent(), { name: '' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await container.dispatch(sender, channels.templates.delete, ['editorial'])).toMatchObject({ ok: false, error: { code: 'TEMPLATE_BUILT_IN' } })
    expect(await container.dispatch(sender, channels.templates.update, ['custom-x', { id: 'hijack' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    await container.dispose()
  })
})
