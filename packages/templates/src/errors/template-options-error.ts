import { type Issue, JourneykitError } from "@journeykit/core";
import { formatIssuePath } from "@journeykit/core/internal";

const marker = "journeykit.error.template-options";
const symbol = Symbol.for(marker);

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
  readonly issues: readonly Issue[];

  constructor({ templateId, issues }: { templateId: string; issues: readonly Issue[] }) {
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
