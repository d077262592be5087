import { type FunnelResult, InvalidOptionError, type TimeSummary } from "@journeykit/core";
import { type FunnelCounts, type FunnelPlan, summarizeFunnel } from "@journeykit/core/internal";
import { forEachPart, type SqlRow } from "../results/read-cell";

interface TimeStatistics {
  count: number;
  sum: number;
  readonly ranks: Map<number, number>;
}

/** Quartiles and p90 interpolated between order statistics, as `funnel`'s time summaries are. */
function timeSummary(statistics: TimeStatistics | undefined): TimeSummary | null {
  if (statistics === undefined || statistics.count === 0) return null;
  const { count, ranks } = statistics;
  const quantile = (fraction: number) => {
    const position = (count - 1) * fraction;
    const below = Math.floor(position);
    const lower = ranks.get(below) as number;
    const upper = ranks.get(Math.min(below + 1, count - 1)) as number;
    return lower + (position - below) * (upper - lower);
  };
  return {
    count,
    median: quantile(0.5),
    p25: quantile(0.25),
    p75: quantile(0.75),
    p90: quantile(0.9),
    mean: statistics.sum / count,
  };
}

/** One group's row of step counts (the total's group is `null`), in the order the query ranked them. */
interface FunnelGroupRow {
  readonly position: number;
  readonly counts: number[];
}

/** The rows of a funnel query (made from `plan`) as a `FunnelResult`. */
export function readFunnelRows(plan: FunnelPlan, rows: readonly SqlRow[]): FunnelResult {
  const n = plan.steps.length;
  const groups = new Map<string | null, FunnelGroupRow>();
  const times = new Map<string, TimeStatistics>();
  let summary = { units: 0, events: 0, sessionEvents: 0 };
  forEachPart(rows, ["steps", "time", "summary"], (part, cells) => {
    if (part === "summary") {
      summary = {
        units: cells.count("units"),
        events: cells.count("events"),
        sessionEvents: plan.countBy === "sessions" ? cells.count("session_events") : 0,
      };
    } else if (part === "steps") {
      const counts = cells.countList("counts");
      if (counts.length !== n) cells.fail("counts", `expected ${n} counts, one per step`);
      groups.set(cells.optionalText("group_value"), {
        position: cells.count("group_position"),
        counts,
      });
    } else {
      const key = `${cells.optionalText("group_value")}\u0000${cells.count("step")}\u0000${cells.text("kind")}`;
      const statistics = times.get(key) ?? {
        count: cells.count("value_count"),
        sum: cells.number("value_sum"),
        ranks: new Map(),
      };
      statistics.ranks.set(cells.count("value_rank"), cells.number("value"));
      times.set(key, statistics);
    }
  });
  if (plan.countBy === "sessions" && summary.events > 0 && summary.sessionEvents === 0) {
    throw new InvalidOptionError({
      option: "countBy",
      problem:
        "the export's events have no ga_session_id param, so there are no sessions to count; count by customers",
    });
  }
  const groupCounts = (group: string | null, entry: FunnelGroupRow): FunnelCounts => {
    const timesOf = (kind: string) =>
      plan.steps.map((_, k) => timeSummary(times.get(`${group}\u0000${k}\u0000${kind}`)));
    return {
      count: entry.counts,
      timeFromPrevious: timesOf("previous"),
      timeFromStart: timesOf("start"),
    };
  };
  const total = groups.get(null) ?? {
    position: 0,
    counts: new Array(n).fill(0),
  };
  const summarize = (group: string | null, entry: FunnelGroupRow) =>
    summarizeFunnel(plan, groupCounts(group, entry));
  const result: FunnelResult = {
    ...summarize(null, total),
    countBy: plan.countBy,
    order: plan.order,
    entry: plan.entry,
    window: plan.window,
    units: summary.units,
  };
  if (plan.breakdown === undefined) return result;
  const breakdown = [...groups]
    .filter((entry): entry is [string, FunnelGroupRow] => entry[0] !== null)
    .sort(([, a], [, b]) => a.position - b.position)
    .map(([value, entry]) => ({ value, ...summarize(value, entry) }));
  return { ...result, breakdown };
}
