import type { JourneyInput } from "../src/model/journey";

/** A one-stage journey document that holds the given KPIs: enough to test KPI definitions and measures. */
export function journeyWithKpis(kpis: JourneyInput["kpis"]): JourneyInput {
  return {
    format: "journeykit/v1",
    id: "shop",
    name: "Shop",
    version: "1",
    kpis,
    stages: [{ id: "buy", name: "Buy", order: 1 }],
  };
}
