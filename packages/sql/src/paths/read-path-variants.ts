import type { PathVariant, PathVariantsOptions, PathVariantsResult } from "@journeykit/core";
import { PathVariantsOptionsSchema } from "@journeykit/core/schemas";
import type { ReadonlyDeep } from "type-fest";
import { compareTextLists } from "../results/compare-text";
import { forEachPart, type SqlRow } from "../results/read-cell";

/** The rows of a path-variants query as a `PathVariantsResult`, sorted as in memory. */
export function readPathVariants(
  options: ReadonlyDeep<PathVariantsOptions> | undefined,
  rows: readonly SqlRow[],
): PathVariantsResult {
  const { endAt } = PathVariantsOptionsSchema.parse(options ?? {});
  const variants: Omit<PathVariant, "share">[] = [];
  let other = { variants: 0, customers: 0 };
  let summary = { customers: 0, customersWithoutPath: 0, reachedEnd: 0 };
  forEachPart(rows, ["variant", "other", "summary"], (part, cells) => {
    if (part === "variant") {
      variants.push({
        steps: cells.textList("steps"),
        customers: cells.count("customers"),
        truncated: cells.count("truncated"),
      });
    } else if (part === "other") {
      other = { variants: cells.count("variants"), customers: cells.count("customers") };
    } else {
      summary = {
        customers: cells.count("customers"),
        customersWithoutPath: cells.count("customers_without_path"),
        reachedEnd: cells.count("reached_end"),
      };
    }
  });
  const share = (count: number) => (summary.customers === 0 ? 0 : count / summary.customers);
  return {
    customers: summary.customers,
    customersWithoutPath: summary.customersWithoutPath,
    variants: variants
      .sort((a, b) => b.customers - a.customers || compareTextLists(a.steps, b.steps))
      .map(({ steps, customers, truncated }) => ({ steps, customers, share: share(customers), truncated })),
    other: { ...other, share: share(other.customers) },
    ...(endAt === undefined ? {} : { reachedEnd: summary.reachedEnd }),
  };
}
