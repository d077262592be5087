import type {
  ConformanceOptions,
  ConformanceResult,
  DirectlyFollowsOptions,
  DirectlyFollowsResult,
  FunnelOptions,
  FunnelResult,
  Journey,
  PathVariantsOptions,
  PathVariantsResult,
  StageFunnelOptions,
  StageFunnelResult,
} from "@journeykit/core";
import type { ReadonlyDeep } from "type-fest";

/**
 * A funnel, as `funnel(log, options)` computes it in memory.
 *
 * @example
 * ```ts
 * const query: FunnelQuery = { analysis: "funnel", name: "Checkout", options: { steps: ["view_item", "purchase"], window: "1d" } };
 * ```
 */
export interface FunnelQuery {
  readonly analysis: "funnel";
  /** A name for the funnel, shown in the SQL's comments. */
  readonly name?: string;
  readonly options: FunnelOptions;
}

/**
 * A stage funnel, as `stageFunnel(journey, log, options)` computes it in memory.
 *
 * @example
 * ```ts
 * const query: StageFunnelQuery = { analysis: "stageFunnel", journey, options: { window: "30d" } };
 * ```
 */
export interface StageFunnelQuery {
  readonly analysis: "stageFunnel";
  readonly journey: Journey;
  readonly options?: StageFunnelOptions;
}

/**
 * A directly-follows graph, as `directlyFollows(log, options)` computes it in memory.
 *
 * @example
 * ```ts
 * const query: DirectlyFollowsQuery = { analysis: "directlyFollows", options: { withinSessions: true } };
 * ```
 */
export interface DirectlyFollowsQuery {
  readonly analysis: "directlyFollows";
  readonly options?: ReadonlyDeep<DirectlyFollowsOptions>;
}

/**
 * The most common paths, as `pathVariants(log, options)` computes them in memory.
 *
 * @example
 * ```ts
 * const query: PathVariantsQuery = { analysis: "pathVariants", options: { startAt: "view_item", maxSteps: 4 } };
 * ```
 */
export interface PathVariantsQuery {
  readonly analysis: "pathVariants";
  readonly options?: ReadonlyDeep<PathVariantsOptions>;
}

/**
 * The conformance of the data to a journey map, as `conformance(journey, log, options)` computes it.
 *
 * @example
 * ```ts
 * const query: ConformanceQuery = { analysis: "conformance", journey, options: { ignore: ["user_engagement"] } };
 * ```
 */
export interface ConformanceQuery {
  readonly analysis: "conformance";
  readonly journey: Journey;
  readonly options?: ReadonlyDeep<ConformanceOptions>;
}

/**
 * Every analysis `toSql` compiles: the same definitions the in-memory functions take, tagged with
 * the analysis' name.
 *
 * @example
 * ```ts
 * const queries: AnalysisQuery[] = [
 *   { analysis: "funnel", options: { steps: ["view_item", "add_to_cart", "purchase"] } },
 *   { analysis: "directlyFollows" },
 * ];
 * ```
 */
export type AnalysisQuery =
  | FunnelQuery
  | StageFunnelQuery
  | DirectlyFollowsQuery
  | PathVariantsQuery
  | ConformanceQuery;

/**
 * The result type of a query: the same type the in-memory function returns.
 *
 * @example
 * ```ts
 * type Result = AnalysisResult<FunnelQuery>; // FunnelResult
 * ```
 */
export type AnalysisResult<Query extends AnalysisQuery> = Query extends FunnelQuery
  ? FunnelResult
  : Query extends StageFunnelQuery
    ? StageFunnelResult
    : Query extends DirectlyFollowsQuery
      ? DirectlyFollowsResult
      : Query extends PathVariantsQuery
        ? PathVariantsResult
        : Query extends ConformanceQuery
          ? ConformanceResult
          : never;
