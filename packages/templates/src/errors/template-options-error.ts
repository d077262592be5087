import { JourneykitError } from "@journeykit/core";
import { formatIssuePath } from "@journeykit/core/internal";

const marker = "journeykit.error.template-options";
const symbol = Symbol.for(marker);

/**
 * One problem in the options given to {@link fromTemplate}, with the path of the offending
 * field inside the options object.
 *
 * @example
 * ```ts
 * const issue: TemplateOptionsIssue = {
 *   code: "unknown_stage",
 *   path: ["overrides", "stages", "checkout"],
 *   message: 'The template has no stage "checkout"; rename one of: awareness, consideration, purchase, service, loyalty.',
 * };
 * ```
 */
export interface TemplateOptionsIssue {
  /**
   * zod's codes for shapes (`invalid_type`, `too_small`, `unrecognized_keys`, ...) and, for
   * references to the template, `unknown_stage`, `unknown_touchpoint`, `unknown_kpi`,
   * `duplicate_id` and `conflicting_override`.
   */
  readonly code: string;
  /** Where in the options object, as property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * Thrown by {@link fromTemplate} when its options are invalid: an unknown locale, overrides of
 * the wrong shape, or overrides naming stages, touchpoints or KPIs the template does not have.
 * `issues` lists every problem with its `code` and `path`.
 *
 * @example
 * ```ts
 * import { TemplateOptionsError, fromTemplate } from "@journeykit/templates";
 *
 * try {
 *   fromTemplate("b2c-ecommerce", { overrides: { kpis: { "cart-abandonment": { target: "low" } } } });
 * } catch (error) {
 *   if (TemplateOptionsError.isInstance(error)) error.issues[0]?.path;
 *   // ["overrides", "kpis", "cart-abandonment", "target"]
 * }
 * ```
 */
export class TemplateOptionsError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** Every problem found, in the order of the options. */
  readonly issues: readonly TemplateOptionsIssue[];

  constructor(templateId: string, issues: readonly TemplateOptionsIssue[]) {
    const shown = issues
      .slice(0, 10)
      .map((issue) => `  - ${formatIssuePath(issue.path)}: ${issue.message} (${issue.code})`);
    if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
    super({
      code: "TEMPLATE_OPTIONS",
      message: `The options for template "${templateId}" are not valid (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):\n${shown.join("\n")}`,
    });
    this.name = "TemplateOptionsError";
    this.issues = issues;
  }

  /**
   * Whether `error` is a {@link TemplateOptionsError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * TemplateOptionsError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is TemplateOptionsError {
    return JourneykitError.hasMarker(error, marker);
  }
}
