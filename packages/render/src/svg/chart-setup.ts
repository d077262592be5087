import { createFormatter, type Formatter } from "../locale/formatter";
import { type Labels, labelsFor } from "../locale/labels";
import { checkIdPrefix } from "./svg";

/** What every chart reads from its `locale` and `idPrefix` options before it draws. */
export interface ChartSetup {
  readonly labels: Labels;
  readonly formatter: Formatter;
  readonly idPrefix: string;
}

/**
 * The labels and number formats for the chart's locale (default `"en"`) and its checked id
 * prefix (`defaultIdPrefix` when left out), in the order every chart validated them.
 *
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an invalid locale or id prefix.
 */
export function chartSetup(
  options: { readonly locale?: string | undefined; readonly idPrefix?: string | undefined },
  defaultIdPrefix: string,
): ChartSetup {
  const labels = labelsFor(options.locale ?? "en");
  const formatter = createFormatter(options.locale ?? "en", labels);
  const idPrefix = checkIdPrefix(options.idPrefix ?? defaultIdPrefix);
  return { labels, formatter, idPrefix };
}
