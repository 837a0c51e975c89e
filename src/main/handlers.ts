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
    io: {
      formats: () => services.io.formats(),
      importFiles: (request) => services.io.importFiles(request),
      exportArticle: (path, format, options) => services.io.exportArticle(path, format, options),
    },
  }
}
