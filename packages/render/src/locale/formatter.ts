import { InvalidOptionError, type KpiDefinition } from "@journeykit/core";
import type { Labels } from "./labels";

/** Locale-aware number formatting for everything the renderers print. */
export interface Formatter {
  readonly locale: string;
  /** A share 0..1 as a percentage, e.g. `0.1234` -> "12.3%". */
  percent(share: number): string;
  /** A plain number with at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A number with a sign, e.g. "+1.5", "−1", "0". */
  signed(value: number, digits?: number): string;
  /** A length of time in milliseconds, in the largest unit that keeps it at 1 or more (e.g. "2.5 h"). */
  duration(milliseconds: number): string;
  /** A day, in UTC so the output does not depend on the machine's time zone. */
  date(milliseconds: number): string;
  /** A KPI value in its unit. */
  kpi(value: number, unit: KpiDefinition["unit"]): string;
}

/**
 * A {@link Formatter} for a BCP 47 locale.
 *
 * @throws `InvalidOptionError` (from `@journeykit/core`, option `locale`) when the locale is not a valid tag.
 */
export function createFormatter(locale: string, labels: Labels): Formatter {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0] ?? "en";
  } catch (error) {
    throw new InvalidOptionError({
      option: "locale",
      problem: `${JSON.stringify(locale)} is not a BCP 47 language tag (${String(error)}); write e.g. "en", "nb" or "da-DK"`,
    });
  }
  const cache = new Map<string, Intl.NumberFormat>();
  const format = (value: number, options: Intl.NumberFormatOptions): string => {
    const key = JSON.stringify(options);
    let numberFormat = cache.get(key);
    if (numberFormat === undefined) {
      numberFormat = new Intl.NumberFormat(canonical, options);
      cache.set(key, numberFormat);
    }
    return numberFormat.format(value);
  };
  const number = (value: number, digits = 1) => format(value, { maximumFractionDigits: digits });
  return {
    locale: canonical,
    percent: (share) => format(share, { style: "percent", maximumFractionDigits: 1 }),
    number,
    signed: (value, digits = 1) =>
      format(value, { maximumFractionDigits: digits, signDisplay: "exceptZero" }),
    duration(milliseconds) {
      const units: readonly (readonly [number, string])[] = [
        [86_400_000, labels.days],
        [3_600_000, "h"],
        [60_000, "min"],
        [1000, labels.seconds],
      ];
      for (const [size, unit] of units) {
        if (Math.abs(milliseconds) >= size) return `${number(milliseconds / size)}\u00A0${unit}`;
      }
      return `${number(milliseconds, 0)}\u00A0ms`;
    },
    date: (milliseconds) =>
      new Intl.DateTimeFormat(canonical, { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(milliseconds),
      ),
    kpi(value, unit) {
      switch (unit) {
        case "ratio":
          return format(value, { style: "percent", maximumFractionDigits: 1 });
        case "percent":
          return format(value / 100, { style: "percent", maximumFractionDigits: 1 });
        case "days":
          return `${number(value)}\u00A0${labels.days}`;
        case "seconds":
          return `${number(value)}\u00A0${labels.seconds}`;
        case "currency":
          return number(value, 2);
        default:
          return number(value);
      }
    },
  };
}
