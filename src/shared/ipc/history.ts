// Host API for version history and crash recovery of articles (main/services/library: HistoryService,
// RecoveryJournal). Snapshots live in the library's `.galley/history/<article id>/`, journals in
// `.galley/recovery/`.
import { z } from 'zod'
import type { Article } from '../article/file'
import { ArticleContentSchema, type ArticleContent, type OpenedArticle } from './library'

export const SNAPSHOT_REASONS = ['auto', 'manual', 'before-restore', 'before-conflict', 'before-recovery'] as const
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number]

export interface SnapshotInfo {
  readonly id: string
  readonly articleId: string
  /** ms since the epoch. */
  readonly at: number
  readonly reason: SnapshotReason
  /** Labelled snapshots are never pruned. */
  readonly label: string | null
  readonly headline: string
  readonly words: number
}

export interface Snapshot {
  readonly info: SnapshotInfo
  /** Shown read-only; compare with `diffWords` from shared/article/diff. */
  readonly article: Article
}

export interface HistoryApi {
  /** Newest first. */
  list(path: string): Promise<readonly SnapshotInfo[]>
  get(path: string, snapshotId: string): Promise<Snapshot>
  /** "Save version": snapshots the file as it is on disk now (save first), with an optional label. */
  saveVersion(path: string, label: string | null): Promise<SnapshotInfo>
  /** Sets or clears the label of a snapshot. */
  label(path: string, snapshotId: string, label: string | null): Promise<SnapshotInfo>
  /** Snapshots the current file, then writes the snapshot's content over it; returns it re-opened. */
  restore(path: string, snapshotId: string): Promise<OpenedArticle>
}

export interface PendingRecovery {
  readonly id: string
  /** The file the edits belong to (it may have been moved or deleted since). */
  readonly path: string
  readonly headline: string
  /** When the journal was last written, ms since the epoch. */
  readonly written: number
  /** When the file on disk was last changed, or null if it is gone. */
  readonly fileModified: number | null
  readonly words: number
}

export interface RecoveryApi {
  /** Journals the unsaved content (at most once a second while typing); cleared by the next save. */
  write(path: string, content: ArticleContent, baseRevision: string): Promise<void>
  /** Articles whose journal is newer than their file, found at start. */
  pending(): Promise<readonly PendingRecovery[]>
  /** Writes the recovered text to the article (or beside it, if the file changed since) and opens it. */
  accept(recoveryId: string): Promise<OpenedArticle>
  discard(recoveryId: string): Promise<void>
}

const path = z.string().min(1).max(4096)
const snapshotId = z.string().regex(/^[0-9A-Za-z-]{1,80}$/)
const label = z.string().trim().min(1).max(120).nullable()
const recoveryId = z.uuid()
export const historyArgs = {
  list: z.tuple([path]),
  get: z.tuple([path, snapshotId]),
  saveVersion: z.tuple([path, label]),
  label: z.tuple([path, snapshotId, label]),
  restore: z.tuple([path, snapshotId]),
}
export const recoveryArgs = {
  write: z.tuple([path, ArticleContentSchema, z.string().regex(/^[0-9a-f]{64}$/)]),
  pending: z.tuple([]),
  accept: z.tuple([recoveryId]),
  discard: z.tuple([recoveryId]),
}
