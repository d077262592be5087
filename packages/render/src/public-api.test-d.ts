// The published surface of @journeykit/render: every value name exactly (a name added or dropped fails here
// until this file, and a changeset, say so) and every type name present.

import type { JourneyReport } from "@journeykit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as Render from "./index";

describe("@journeykit/render's public API", () => {
  it("@journeykit/render exports exactly these values", () => {
    expectTypeOf<keyof typeof Render>().toEqualTypeOf<
      | "renderFunnel"
      | "renderFunnelComparison"
      | "renderJourneyMap"
      | "renderPaths"
      | "renderReport"
      | "toMermaidJourney"
    >();
  });

  it("@journeykit/render exports these types", () => {
    expectTypeOf<
      [
        Render.FunnelChartInput,
        Render.FunnelChartOptions,
        Render.FunnelComparisonChartOptions,
        Render.JourneyMapOptions,
        Render.JourneyMetrics,
        Render.MermaidJourneyOptions,
        Render.PathsChartOptions,
        Render.ReportOptions,
      ]
    >().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Render.renderFunnel>().toEqualTypeOf<
      (result: Render.FunnelChartInput, options?: Render.FunnelChartOptions) => string
    >();
    expectTypeOf<typeof Render.renderReport>().toEqualTypeOf<
      (report: JourneyReport, options?: Render.ReportOptions) => string
    >();
  });
});
