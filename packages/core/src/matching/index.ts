// The public surface of matching/: re-exported by src/index.ts.
export { compileEventMatcher } from "./compile-event-matcher";
export {
  type CompiledEventMatchers,
  compileEventMatchers,
  type EventPredicate,
} from "./compile-event-matchers";
export { type Step, StepSchema } from "./step";
export { stepLabel } from "./step-label";
