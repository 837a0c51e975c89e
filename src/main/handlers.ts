// The handler table: one function per host API method. Arguments arrive already validated by the
// dispatcher; handlers only call services.
import type { HostHandlers } from '../shared/ipc/contract'
import type { Services } from './container'

export function createHandlers(services: Services): HostHandlers {
  return {
    app: {
      getInfo: async () => services.appInfo(),
    },
    settings: {
      get: () => services.settings.get(),
      set: (patch) => services.settings.set(patch),
    },
    templates: {
      list: () => services.templates.list(),
      get: (id) => services.templates.get(id),
      saveFromArticle: (content, options) => services.templates.saveFromArticle(content, options),
      rename: (id, name) => services.templates.rename(id, name),
      update: (id, patch) => services.templates.update(id, patch),
      delete: (id) => services.templates.delete(id),
      exportTo: (id, path) => services.templates.exportTo(id, path),
      importFrom: (path) => services.templates.importFrom(path),
    },
    io: {
      formats: () => services.io.formats(),
      importFiles: (request) => services.io.importFiles(request),
      exportArticle: (path, format, options) => services.io.exportArticle(path, format, options),
    },
    print: {
      pdf: (content) => services.print().pdf(content),
      exportPdf: (content, options) => services.print().exportPdf(content, options),
    },
  }
}
