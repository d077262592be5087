// The statistics behind the KPIs, segments and attribution, published as @journeykit/core/stats
// for users who do their own statistics: distributions and intervals.
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
