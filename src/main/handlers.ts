// The handler table: one function per host API method. Arguments arrive already validated by the
// dispatcher; handlers only call services.
import type { HostHandlers } from '../shared/ipc/contract'
import type { Services } from './container'

export function createHandlers(services: Services): HostHandlers {
  const library = services.library
  return {
    app: {
      getInfo: async () => services.appInfo(),
    },
    settings: {
      get: () => services.settings.get(),
      set: (patch) => services.settings.set(patch),
    },
    library: {
      info: () => library.info(),
      list: (query) => library.list(query),
      search: (query) => library.search(query),
      create: (input) => library.create(input),
      open: (path) => library.open(path),
      openFromDisk: () => library.openFromDisk(),
      save: (path, content, base) => library.save(path, content, base),
      saveAs: (path, content, target) => library.saveAs(path, content, target),
      addImage: (path, image) => library.addImage(path, image),
      rename: (path, name) => library.rename(path, name),
      duplicate: (path) => library.duplicate(path),
      move: (path, folder) => library.move(path, folder),
      trash: (path) => library.trash(path),
      trashed: () => library.trashed(),
      restoreTrashed: (id) => library.restoreTrashed(id),
      createFolder: (rel) => library.createFolder(rel),
      recent: () => library.recentArticles(),
      close: (path) => library.close(path),
      resolveConflict: (path, conflictPath, keep) => library.resolveConflict(path, conflictPath, keep),
    },
    history: {
      list: (path) => library.historyList(path),
      get: (path, id) => library.historyGet(path, id),
      saveVersion: (path, label) => library.saveVersion(path, label),
      label: (path, id, label) => library.labelVersion(path, id, label),
      restore: (path, id) => library.restoreVersion(path, id),
    },
    recovery: {
      write: (path, content, base) => library.journalWrite(path, content, base),
      pending: () => library.pending(),
      accept: (id) => library.accept(id),
      discard: (id) => library.discard(id),
    },
  }
}
