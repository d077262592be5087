import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.unsupported-query";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"SQL_UNSUPPORTED"`) by `toSql` when a query asks for something the generated SQL
 * cannot compute exactly as the in-memory analysis does: a `channel` condition (GA4's channel
 * group rules are not compiled to SQL), a funnel breakdown by customer segment, an any-order
 * funnel whose steps can match the same event. journeykit never answers with an approximation instead;
 * `option` names what to change (`"options.breakdown.segment"`, `"options.steps[2]"`).
 *
 * @example
 * ```ts
 * import { toSql, UnsupportedQueryError } from "@journeykit/sql";
 *
 * try {
 *   toSql(
 *     { analysis: "funnel", options: { steps: [{ name: "session_start", channel: { equals: "search" } }] } },
 *     { dialect: "bigquery", table: "my-project.analytics_123.events_*" },
 *   );
 * } catch (error) {
 *   if (UnsupportedQueryError.isInstance(error)) console.log(error.option); // "options.steps[0].channel"
 * }
 * ```
 */
export class UnsupportedQueryError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The part of the query SQL cannot express, as a path such as `"options.steps[2].channel"`. */
  readonly option: string;

  constructor({ option, problem }: { option: string; problem: string }) {
    super({
      code: "SQL_UNSUPPORTED",
      message: `Option "${option}" cannot be compiled to SQL: ${problem}. Run this analysis in memory instead, or change the option.`,
    });
    this.name = "UnsupportedQueryError";
    this.option = option;
  }

  /**
   * Whether `error` is an {@link UnsupportedQueryError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * UnsupportedQueryError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is UnsupportedQueryError {
    return JourneykitError.hasMarker(error, marker);
  }
}
