import { defineTemplate } from "../template/define-template";
import { da } from "./locales/da";
import { en } from "./locales/en";
import { nb } from "./locales/nb";
import { b2bSaasTrialStructure } from "./structure";

/** The B2B SaaS trial template's structure and labels; see {@link b2bSaasTrial}. */
export const b2bSaasTrialTemplate = defineTemplate(b2bSaasTrialStructure, { en, nb, da });
