/** Runs tasks one at a time in the order they were queued; a failed task does not block the next. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task)
    this.tail = result.catch(() => undefined)
    return result
  }

  /** Resolves once everything queued so far has finished. */
  async idle(): Promise<void> {
    await this.tail
  }
}
