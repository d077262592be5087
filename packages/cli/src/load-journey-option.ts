import type { Journey } from "@journeykit/core";
import {
  fromTemplate,
  TEMPLATE_LOCALES,
  type TemplateLocale,
  templates,
  UnknownTemplateError,
} from "@journeykit/templates";
import { usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { loadJourney } from "./load-journey";
import type { CommandOptions } from "./main";

/** Reads `--locale`, which must be one of the templates' locales. */
export function localeOption(options: CommandOptions): TemplateLocale | undefined {
  const locale = options.locale;
  if (locale === undefined) return undefined;
  if (typeof locale !== "string" || !(TEMPLATE_LOCALES as readonly string[]).includes(locale)) {
    throw usageError(`Unknown locale ${JSON.stringify(locale)}; use one of ${TEMPLATE_LOCALES.join(", ")}.`);
  }
  return locale as TemplateLocale;
}

/** The journey a command works on: `--journey <file>` if given, else `--template <id>`. */
export async function journeyFromOptions(options: CommandOptions, io: CliIo): Promise<Journey> {
  if (typeof options.journey === "string") return loadJourney(options.journey, io.cwd);
  const id = options.template;
  if (typeof id !== "string") {
    throw usageError(
      `Say which journey to use: --template <${Object.keys(templates).join("|")}> or --journey <file.json>.`,
    );
  }
  const locale = localeOption(options);
  try {
    return fromTemplate(id, locale === undefined ? {} : { locale });
  } catch (error) {
    if (UnknownTemplateError.isInstance(error)) {
      throw usageError(`Unknown template "${id}"; use one of ${Object.keys(templates).join(", ")}.`);
    }
    throw error;
  }
}
