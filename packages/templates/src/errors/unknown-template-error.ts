import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.unknown-template";
const symbol = Symbol.for(marker);

/**
 * Thrown by {@link fromTemplate} when no template has the requested id. `knownTemplates`
 * lists the ids that exist, so a CLI can suggest one.
 *
 * @example
 * ```ts
 * import { UnknownTemplateError, fromTemplate } from "@journeykit/templates";
 *
 * try {
 *   fromTemplate("b2c-shop");
 * } catch (error) {
 *   if (UnknownTemplateError.isInstance(error)) console.log(error.knownTemplates);
 *   // ["b2c-ecommerce", "b2c-subscription", "b2b-lead-generation", "b2b-saas-trial"]
 * }
 * ```
 */
export class UnknownTemplateError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The id that was asked for. */
  readonly templateId: string;
  /** Every template id that exists. */
  readonly knownTemplates: readonly string[];

  constructor({ templateId, knownTemplates }: { templateId: string; knownTemplates: readonly string[] }) {
    super({
      code: "UNKNOWN_TEMPLATE",
      message: `There is no journey template "${templateId}"; use one of: ${knownTemplates.join(", ")}.`,
    });
    this.name = "UnknownTemplateError";
    this.templateId = templateId;
    this.knownTemplates = knownTemplates;
  }

  /**
   * Whether `error` is an {@link UnknownTemplateError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * UnknownTemplateError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is UnknownTemplateError {
    return JourneykitError.hasMarker(error, marker);
  }
}
