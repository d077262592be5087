// The journeykit demo: load a journey map from JSON, validate it (schema and references), and
// print its stages with their touchpoints and KPIs. Run with `pnpm demo` from the repository root.
import { readFileSync } from "node:fs";
import { defineJourney, JourneyValidationError } from "@journeykit/core";

const file = new URL("./web-shop.journey.json", import.meta.url);
let journey;
try {
  journey = defineJourney(JSON.parse(readFileSync(file, "utf8")));
} catch (error) {
  if (JourneyValidationError.isInstance(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const touchpointById = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
const kpiById = new Map(journey.kpis.map((kpi) => [kpi.id, kpi]));

function formatTarget(kpi) {
  if (kpi.target === undefined) return kpi.name;
  const target = kpi.unit === "ratio" ? `${Math.round(kpi.target * 100)}%` : String(kpi.target);
  return `${kpi.name} ${kpi.direction === "lower-is-better" ? "<=" : ">="} ${target}`;
}

const rows = journey.stages.map((stage) => ({
  stage: `${stage.order}. ${stage.name}`,
  touchpoints: stage.touchpoints
    .map((id) => {
      const touchpoint = touchpointById.get(id);
      return `${touchpoint.name} (${touchpoint.channel}${touchpoint.kind === "physical" ? ", physical" : ""})`;
    })
    .join("; "),
  kpis: stage.kpis.map((id) => formatTarget(kpiById.get(id))).join("; "),
  emotion: Object.entries(stage.emotions)
    .map(([persona, score]) => `${persona} ${score > 0 ? "+" : ""}${score}`)
    .join(", "),
}));

console.log(`${journey.name} (v${journey.version}, ${journey.status}, ${journey.segment.toUpperCase()})`);
console.log(
  `${journey.stages.length} stages, ${journey.touchpoints.length} touchpoints, ${journey.personas.length} personas, ${journey.kpis.length} KPIs: the map is valid.\n`,
);
console.table(rows);
