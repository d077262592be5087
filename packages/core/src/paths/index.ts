// The public surface of paths/: re-exported by src/index.ts.
export {
  type DirectlyFollowsOptions,
  type DirectlyFollowsResult,
  directlyFollows,
  type SequenceBoundary,
  type Transition,
} from "./directly-follows";
export type { ActionCount, AnchorCount, NeighbourActionsResult } from "./neighbour-actions";
export { type NextActionsOptions, nextActions } from "./next-actions";
export {
  type PathVariant,
  type PathVariantsOptions,
  type PathVariantsResult,
  pathVariants,
} from "./path-variants";
export { type PreviousActionsOptions, previousActions } from "./previous-actions";
