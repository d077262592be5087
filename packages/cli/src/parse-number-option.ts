import { usageError } from "./cli-error";

/** Reads a whole, non-negative number option such as `--max-bad-records 10`. */
export function parseCountOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (typeof value !== "string" || !Number.isInteger(count) || count < 0) {
    throw usageError(`--${name} takes a whole number of 0 or more, got ${JSON.stringify(value)}.`);
  }
  return count;
}

/** Reads `--threads <n>`: a whole number of at least 1. */
export function parseThreadsOption(value: string | boolean | undefined): number | undefined {
  const count = parseCountOption(value, "threads");
  if (count === 0) throw usageError("--threads takes a whole number of 1 or more, got 0.");
  return count;
}
