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
    print: {
      pdf: (content) => services.print().pdf(content),
      exportPdf: (content, options) => services.print().exportPdf(content, options),
    },
  }
}
