import { InvalidOptionError } from "../errors/invalid-option-error";

const unitMs: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * A length of time: milliseconds as a number, or a string such as `"500ms"`, `"90s"`, `"30m"`,
 * `"12h"`, `"7d"` or `"2w"` (decimals allowed, e.g. `"1.5h"`).
 *
 * @example
 * ```ts
 * const window: Duration = "7d";
 * const timeout: Duration = 30 * 60 * 1000;
 * ```
 */
export type Duration = number | `${number}${"ms" | "s" | "m" | "h" | "d" | "w"}`;

/**
 * Reads a {@link Duration} as milliseconds, and checks that it is finite and greater than zero.
 *
 * @param value - Milliseconds, or a string with a unit (`ms`, `s`, `m`, `h`, `d`, `w`).
 * @param option - The option's name, used in the error message.
 * @returns The duration in milliseconds.
 * @throws {@link index!InvalidOptionError} when the value is not a positive finite duration.
 *
 * @example
 * ```ts
 * parseDuration("30m", "window"); // 1_800_000
 * parseDuration("7d", "window"); // 604_800_000
 * parseDuration(0, "window"); // throws InvalidOptionError: must be greater than zero
 * ```
 */
export function parseDuration(value: Duration | string, option: string): number {
  let ms: number;
  if (typeof value === "number") {
    ms = value;
  } else {
    const match = typeof value === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(value) : null;
    const amount = match?.[1];
    const unit = match?.[2];
    if (amount === undefined || unit === undefined) {
      throw new InvalidOptionError({
        option,
        problem: `${JSON.stringify(value)} is not a duration; write milliseconds as a number, or a string such as "30m", "12h" or "7d"`,
      });
    }
    ms = Number(amount) * (unitMs[unit] ?? Number.NaN);
  }
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new InvalidOptionError({
      option,
      problem: `${String(value)} must be a finite duration greater than zero`,
    });
  }
  return ms;
}
