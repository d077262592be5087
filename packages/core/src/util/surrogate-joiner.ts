/** Joins string chunks without cutting a surrogate pair that a chunk boundary split. */
export interface SurrogateJoiner {
  /** The text complete so far: `chunk` after what was held, minus a trailing high surrogate, which is held. */
  take(chunk: string): string;
  /** What is still held (a lone high surrogate, or ""), at the end of the input. */
  flush(): string;
}

/** Creates a {@link SurrogateJoiner}. */
export function createSurrogateJoiner(): SurrogateJoiner {
  let held = "";
  return {
    take(chunk) {
      const whole = held + chunk;
      const last = whole.charCodeAt(whole.length - 1);
      const endsInHighSurrogate = last >= 0xd800 && last <= 0xdbff;
      held = endsInHighSurrogate ? whole.slice(-1) : "";
      return endsInHighSurrogate ? whole.slice(0, -1) : whole;
    },
    flush() {
      const rest = held;
      held = "";
      return rest;
    },
  };
}
