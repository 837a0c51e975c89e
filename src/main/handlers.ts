// The handler table: one function per host API method. Arguments arrive already validated by the
// dispatcher; handlers only call services.
import type { HostHandlers } from '../shared/ipc/contract'
import type { Services } from './container'
import { currentSender } from './ipc/dispatcher'
import { logWindowError } from './services/log/windowErrors'

/** The calling window: Electron's webContents id; the harness's single page is window 1. */
const callerWindow = (): number => currentSender()?.windowId ?? 1

export function createHandlers(services: Services): HostHandlers {
  const library = services.library
  return {
    app: {
      getInfo: async () => services.appInfo(),
      reportError: async (report) => logWindowError(services.logger, callerWindow(), report),
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
      exportTo: (id) => services.templates.exportTo(id),
      importFrom: () => services.templates.importFrom(),
    },
    io: {
      formats: () => services.io.formats(),
      importFiles: (request) => services.io.importFiles(request),
      exportArticle: (path, format, options) => services.io.exportArticle(path, format, options),
      exportContent: (content, format, options) => services.io.exportContent(content, format, options),
      importData: (files, request) => services.io.importData(files, request),
    },
    print: {
      pdf: (content) => services.print().pdf(content),
      exportPdf: (content, options) => services.print().exportPdf(content, options),
      printDialog: (content) => services.print().printDialog(content),
    },
    desktop: {
      setWindowState: (patch) => services.desktop.setWindowState(callerWindow(), patch),
      openArticle: async (path) => {
        // One round trip for the window's two steps: the claim first, so no file is opened in two windows.
        const claim = await services.desktop.setWindowState(callerWindow(), { articlePath: path })
        if (claim.openElsewhere) return { openElsewhere: true }
        return { openElsewhere: false, opened: await library.open(path) }
      },
      takePendingFiles: () => services.desktop.takePendingFiles(callerWindow()),
      flushed: (requestId, outcome) => services.desktop.flushed(callerWindow(), requestId, outcome),
      showContextMenu: (request) => services.desktop.showContextMenu(callerWindow(), request),
      openFiles: (paths) => services.desktop.openFiles(callerWindow(), paths),
      runCommand: (command, arg) => services.desktop.runCommand(callerWindow(), command, arg),
    },
    spelling: {
      languages: () => services.spelling.languages(),
      check: (request) => services.spelling.check(request),
      suggest: (language, word) => services.spelling.suggest(language, word),
      addWord: (language, word) => services.spelling.addWord(language, word),
      removeWord: (language, word) => services.spelling.removeWord(language, word),
      personalWords: (language) => services.spelling.personalWords(language),
    },
    library: {
      info: () => library.info(),
      list: (query) => library.list(query),
      search: (query) => library.search(query),
      create: (input) => library.create(input),
      open: (path) => library.open(path),
      peek: (path) => library.peek(path),
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
