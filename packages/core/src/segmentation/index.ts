// The public surface of segmentation/: re-exported by src/index.ts.
export { SegmentDefinitionError } from "../errors/segment-definition-error";
export {
  type AssignPersonasOptions,
  assignPersonas,
  type PersonaAssignment,
  type PersonaRule,
} from "./assign-personas";
export { bySegment, type SegmentBreakdown, type SegmentMembers } from "./by-segment";
export type { CustomerAttributes, CustomerRecords } from "./customer-universe";
export { defineSegment, type SegmentDefinition, type SegmentDefinitionInput } from "./define-segment";
export { type RfmCustomer, type RfmOptions, type RfmResult, rfm } from "./rfm";
export { RFM_SEGMENT_MAP, type RfmSegmentMap } from "./rfm-segment-map";
export type { SegmentCondition } from "./segment-condition";
export { type Segmentation, type SegmentationOptions, segmentCustomers } from "./segment-customers";
