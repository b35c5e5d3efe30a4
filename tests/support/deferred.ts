/** A promise settled by the test: how a scripted fake holds an answer back to simulate latency. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export const deferred = <T>(): Deferred<T> => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};
