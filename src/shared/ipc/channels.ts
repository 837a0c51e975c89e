// The one channel map of the host API. Preload and the e2e harness build `window.galley` from it;
// main registers one handler per entry. Only type imports here: the preload bundle includes this file.
import type { HostApi, HostEvents } from './contract'

export const channels = {
  app: {
    getInfo: 'galley:app.getInfo',
    reportError: 'galley:app.reportError',
  },
  settings: {
    get: 'galley:settings.get',
    set: 'galley:settings.set',
  },
  templates: {
    list: 'galley:templates.list',
    get: 'galley:templates.get',
    saveFromArticle: 'galley:templates.saveFromArticle',
    rename: 'galley:templates.rename',
    update: 'galley:templates.update',
    delete: 'galley:templates.delete',
    exportTo: 'galley:templates.exportTo',
    importFrom: 'galley:templates.importFrom',
  },
  io: {
    formats: 'galley:io.formats',
    importFiles: 'galley:io.importFiles',
    exportArticle: 'galley:io.exportArticle',
    exportContent: 'galley:io.exportContent',
    importData: 'galley:io.importData',
  },
  print: {
    pdf: 'galley:print.pdf',
    exportPdf: 'galley:print.exportPdf',
    printDialog: 'galley:print.printDialog',
  },
  desktop: {
    setWindowState: 'galley:desktop.setWindowState',
    openArticle: 'galley:desktop.openArticle',
    takePendingFiles: 'galley:desktop.takePendingFiles',
    flushed: 'galley:desktop.flushed',
    showContextMenu: 'galley:desktop.showContextMenu',
    openFiles: 'galley:desktop.openFiles',
    runCommand: 'galley:desktop.runCommand',
  },
  spelling: {
    languages: 'galley:spelling.languages',
    check: 'galley:spelling.check',
    suggest: 'galley:spelling.suggest',
    addWord: 'galley:spelling.addWord',
    removeWord: 'galley:spelling.removeWord',
    personalWords: 'galley:spelling.personalWords',
  },
  library: {
    info: 'galley:library.info',
    list: 'galley:library.list',
    search: 'galley:library.search',
    create: 'galley:library.create',
    open: 'galley:library.open',
    peek: 'galley:library.peek',
    openFromDisk: 'galley:library.openFromDisk',
    save: 'galley:library.save',
    saveAs: 'galley:library.saveAs',
    addImage: 'galley:library.addImage',
    rename: 'galley:library.rename',
    duplicate: 'galley:library.duplicate',
    move: 'galley:library.move',
    trash: 'galley:library.trash',
    trashed: 'galley:library.trashed',
    restoreTrashed: 'galley:library.restoreTrashed',
    createFolder: 'galley:library.createFolder',
    recent: 'galley:library.recent',
    close: 'galley:library.close',
    resolveConflict: 'galley:library.resolveConflict',
  },
  history: {
    list: 'galley:history.list',
    get: 'galley:history.get',
    saveVersion: 'galley:history.saveVersion',
    label: 'galley:history.label',
    restore: 'galley:history.restore',
  },
  recovery: {
    write: 'galley:recovery.write',
    pending: 'galley:recovery.pending',
    accept: 'galley:recovery.accept',
    discard: 'galley:recovery.discard',
  },
} as const satisfies { [C in keyof HostApi]: { [M in keyof HostApi[C]]: `galley:${C}.${M & string}` } }

/** Main -> renderer notifications; the bridge exposes each as `events.<name>(listener) => unsubscribe`. */
export const eventChannels = {
  onSettingsChanged: 'galley:event.settingsChanged',
  onMenuCommand: 'galley:event.menuCommand',
  onOpenFile: 'galley:event.openFile',
  onFlushRequest: 'galley:event.flushRequest',
  onLibraryChanged: 'galley:event.libraryChanged',
  onArticleChanged: 'galley:event.articleChanged',
} as const satisfies { [E in keyof HostEvents]: `galley:event.${string}` }

export type ChannelMap = typeof channels
export type EventChannelMap = typeof eventChannels
export type Concern = keyof ChannelMap
export type Channel = { [C in Concern]: ChannelMap[C][keyof ChannelMap[C]] }[Concern]
export type EventName = keyof EventChannelMap
export type EventChannel = EventChannelMap[EventName]
