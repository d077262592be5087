// The public surface of stats/: distributions and intervals shared by KPIs, segments and
// attribution. Re-exported by src/index.ts.
export {
  type ConfidenceInterval,
  ConfidenceSchema,
  type IntervalMethod,
  twoSidedZ,
} from "./confidence-interval";
export { meanInterval } from "./mean-interval";
export { normalCdf } from "./normal-cdf";
export { normalQuantile } from "./normal-quantile";
export { studentTCdf } from "./student-t-cdf";
export { studentTQuantile } from "./student-t-quantile";
export { wilsonInterval } from "./wilson-interval";
