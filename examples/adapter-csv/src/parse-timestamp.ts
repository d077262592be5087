// Epoch milliseconds: an optional sign, digits, and an optional fraction (microseconds survive).
const EPOCH_MS = /^-?\d+(\.\d+)?$/;
// ISO 8601 as data tools write it: a date, optionally a time with "T" or a space, optional
// seconds and fraction, optional "Z" or offset.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * Reads a CSV cell as a timestamp in milliseconds since the epoch: either epoch milliseconds
 * (`1704103200000`, `1704103200000.123`) or ISO 8601 (`2024-01-01`, `2024-01-01T10:00:00Z`,
 * `2024-01-01 10:00:00.123456+01:00`). A date-time without an offset is read as UTC, so the
 * result never depends on the machine's time zone. Fractions finer than a millisecond are kept.
 *
 * @param cell - The cell's text.
 * @returns The timestamp, or `undefined` when the cell is neither form or names a date that does
 * not exist (such as February 30).
 *
 * @example
 * ```ts
 * parseTimestamp("2024-01-01T10:00:00Z"); // 1704103200000
 * parseTimestamp("2024-01-01 11:00:00.5+01:00"); // 1704103200500
 * parseTimestamp("1704103200000"); // 1704103200000
 * parseTimestamp("yesterday"); // undefined
 * ```
 */
export function parseTimestamp(cell: string): number | undefined {
  const text = cell.trim();
  if (EPOCH_MS.test(text)) {
    const epoch = Number(text);
    return Number.isFinite(epoch) ? epoch : undefined;
  }
  const match = ISO_8601.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", offset] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  const wholeMs = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wholeMs);
  // Date.UTC rolls invalid dates over (Feb 30 becomes Mar 1); a date that does not exist is no date.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const fractionMs = fraction === "" ? 0 : Number(`0.${fraction}`) * 1000;
  return wholeMs + fractionMs - offsetMinutes(offset) * 60_000;
}
