/** The grouping and decimal separators of a locale's numbers, as `Intl.NumberFormat` writes them. */
export interface NumberSeparators {
  readonly group: string;
  readonly decimal: string;
}

/** The separators of `locale` (a BCP 47 tag such as `"de-DE"`). */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a number as a GA4 CSV writes it in the locale of the user who exported it: grouping
 * separators (`12,345`, `12.345`, `12 345`, `12'345`), the decimal separator, a sign, a currency
 * symbol before or after, and `%` (read as a fraction: `12.5%` is 0.125). Returns `undefined` for
 * text that is not such a number.
 */
export function parseLocaleNumber(text: string, { group, decimal }: NumberSeparators): number | undefined {
  let value = text.trim();
  if (value === "") return undefined;
  const percent = value.endsWith("%");
  if (percent) value = value.slice(0, -1).trim();
  value = value.replace(/^(-?)\p{Sc}\s?/u, "$1").replace(/\s?\p{Sc}$/u, "");
  const groupIsSpace = group.trim() === "";
  if (groupIsSpace) value = value.replace(SPACES, "");
  const escaped = (separator: string) => separator.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const grouped = groupIsSpace ? "" : `(?:${escaped(group)}\\d{3})*`;
  const pattern = new RegExp(`^[-+]?(?:\\d{1,3}${grouped}|\\d+)(?:${escaped(decimal)}\\d+)?$`);
  if (!pattern.test(value)) return undefined;
  const plain = (groupIsSpace ? value : value.split(group).join("")).replace(decimal, ".");
  const number = Number(plain);
  if (!Number.isFinite(number)) return undefined;
  return percent ? number / 100 : number;
}
