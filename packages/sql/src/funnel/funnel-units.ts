import type { FunnelPlan } from "@journeykit/core/internal";

/** How a funnel's units (customers or sessions) are keyed in SQL. */
export interface FunnelUnit {
  /** The key columns: `customer_id`, and `session_id` when counting sessions. */
  readonly columns: readonly string[];
  /** `PARTITION BY` list. */
  readonly partition: string;
  /** The key columns qualified by a table alias, comma separated. */
  select(alias: string): string;
  /** A join condition on the key between two aliases. */
  join(left: string, right: string): string;
}

export function funnelUnit(plan: Pick<FunnelPlan, "countBy">): FunnelUnit {
  const columns = plan.countBy === "sessions" ? ["customer_id", "session_id"] : ["customer_id"];
  return {
    columns,
    partition: columns.join(", "),
    select: (alias) => columns.map((column) => `${alias}.${column}`).join(", "),
    join: (left, right) => columns.map((column) => `${left}.${column} = ${right}.${column}`).join(" AND "),
  };
}
