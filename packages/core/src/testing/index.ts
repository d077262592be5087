// The conformance kit for adapter authors, published as @journeykit/core/testing.
export { conformanceChecks } from "./conformance-checks";
export type {
  AdapterCapabilities,
  AdapterConformanceOptions,
  ConformanceCheck,
  ConformanceFixture,
  RecordReorderer,
} from "./conformance-types";
export { runAdapterConformance } from "./run-adapter-conformance";
