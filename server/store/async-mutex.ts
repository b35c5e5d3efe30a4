/** FIFO lock for async work on one SQLite connection, so a transaction's awaits never interleave with other writes. */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
