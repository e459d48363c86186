/**
 * The promise's value if it settles within `ms`, else `fallback` (a rejection gives `fallback` too). A lock that waits
 * for something (the window saving its draft) waits through this, so nothing that hangs can hold the lock back.
 */
export function answerWithin<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
