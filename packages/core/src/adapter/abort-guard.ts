/** Lets a read wait for its input while staying ready to stop the moment the signal aborts. */
export interface AbortGuard {
  /** Throws the abort error if the signal has aborted. */
  check(): void;
  /** Settles like `promise`, or rejects with the abort error as soon as the signal aborts. */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Stops listening to the signal. */
  dispose(): void;
}

/**
 * Creates an {@link AbortGuard} for `signal`; `abortError` builds the error to throw (once).
 *
 * Each `race` registers its reject function in one slot that the abort listener calls, instead of
 * `Promise.race` against a shared never-settling promise, which would pile up one reaction per
 * chunk for the whole read.
 */
export function createAbortGuard(signal: AbortSignal | undefined, abortError: () => unknown): AbortGuard {
  let error: unknown;
  let hasError = false;
  let rejectPending: ((reason: unknown) => void) | undefined;
  const errorOnce = () => {
    if (!hasError) {
      error = abortError();
      hasError = true;
    }
    return error;
  };
  const onAbort = () => rejectPending?.(errorOnce());
  signal?.addEventListener("abort", onAbort, { once: true });

  const guard: AbortGuard = {
    check() {
      if (signal?.aborted) throw errorOnce();
    },
    race(promise) {
      if (signal === undefined) return promise;
      guard.check();
      return new Promise((resolve, reject) => {
        rejectPending = reject;
        promise.then(resolve, reject);
      });
    },
    dispose() {
      rejectPending = undefined;
      signal?.removeEventListener("abort", onAbort);
    },
  };
  return guard;
}
