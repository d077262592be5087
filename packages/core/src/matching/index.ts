// The public surface of matching/: re-exported by src/index.ts.

export { type Step, StepSchema } from "../model/step";
export { compileEventMatcher } from "./compile-event-matcher";
export {
  type CompiledEventMatchers,
  compileEventMatchers,
  type EventPredicate,
} from "./compile-event-matchers";
export { stepLabel } from "./step-label";
