import { InvalidOptionError } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { renderFunnel } from "../funnel/render-funnel";
import { renderFunnelComparison } from "../funnel/render-funnel-comparison";
import { renderJourneyMap } from "../journey-map/render-journey-map";
import { toMermaidJourney } from "../mermaid/to-mermaid-journey";
import { renderReport } from "../report/render-report";
import { renderPaths } from "../sankey/render-paths";

// Every renderer checks its options first, so the input does not matter to these cases.
const renderers: [string, (options: never) => string][] = [
  ["renderFunnel", (options) => renderFunnel({} as never, options)],
  ["renderFunnelComparison", (options) => renderFunnelComparison({} as never, options)],
  ["renderPaths", (options) => renderPaths({} as never, options)],
  ["renderJourneyMap", (options) => renderJourneyMap({} as never, options)],
  ["toMermaidJourney", (options) => toMermaidJourney({} as never, options)],
  ["renderReport", (options) => renderReport({} as never, options)],
];

function optionOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidOptionError) return error.option;
    throw error;
  }
  return undefined;
}

describe("renderer options", () => {
  it.each(renderers)("%s rejects a misspelt option by name", (_name, render) => {
    expect(optionOf(() => render({ titel: "Checkout" } as never))).toBe("titel");
  });

  it.each(renderers)("%s rejects a locale that is not a string", (_name, render) => {
    expect(optionOf(() => render({ locale: 7 } as never))).toBe("locale");
  });
});
