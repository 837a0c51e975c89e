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

/** One SerialQueue per key (an article id, a path): work on one key is serialized, keys run side by side. */
export class KeyedSerialQueue {
  private readonly queues = new Map<string, SerialQueue>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(key)
    if (!queue) this.queues.set(key, (queue = new SerialQueue()))
    return queue.run(task)
  }
}
