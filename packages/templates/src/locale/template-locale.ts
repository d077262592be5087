import * as z from "zod";

/**
 * The languages every template's labels are written in: English (`en`), Norwegian Bokmål (`nb`)
 * and Danish (`da`).
 *
 * @example
 * ```ts
 * TEMPLATE_LOCALES.includes("nb"); // true
 * ```
 */
export const TEMPLATE_LOCALES = ["en", "nb", "da"] as const;

/**
 * Accepts one of {@link TEMPLATE_LOCALES}.
 *
 * @example
 * ```ts
 * TemplateLocaleSchema.parse("da"); // "da"
 * TemplateLocaleSchema.safeParse("sv").success; // false
 * ```
 */
export const TemplateLocaleSchema = z.enum(TEMPLATE_LOCALES);

/**
 * A language templates are available in: `"en"`, `"nb"` or `"da"`.
 *
 * @example
 * ```ts
 * const locale: TemplateLocale = "nb";
 * ```
 */
export type TemplateLocale = z.infer<typeof TemplateLocaleSchema>;
