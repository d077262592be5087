// The public surface of paths/: re-exported by src/index.ts.
export {
  type DirectlyFollowsOptions,
  DirectlyFollowsOptionsSchema,
  type DirectlyFollowsResult,
  directlyFollows,
  type SequenceBoundary,
  type Transition,
} from "./directly-follows";
