import type { Step } from "@journeykit/core";

/** An event matcher as it appears inside a (deeply readonly) step. */
export type StepMatcher = Exclude<Step, string | { readonly anyOf: unknown }>;

/** A condition on a value, as it appears inside a step. */
export type StepCondition = NonNullable<StepMatcher["medium"]>;

/** The alternatives of a step: one for a name or matcher, several for `{ anyOf }`. */
export function alternativesOf(step: Step): readonly (string | StepMatcher)[] {
  return typeof step === "object" && "anyOf" in step
    ? (step.anyOf as readonly (string | StepMatcher)[])
    : [step];
}
