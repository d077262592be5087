import { defineTemplate } from "../template/define-template";
import { da } from "./locales/da";
import { en } from "./locales/en";
import { nb } from "./locales/nb";
import { b2bLeadGenerationStructure } from "./structure";

/** The B2B lead generation template's structure and labels; see {@link b2bLeadGeneration}. */
export const b2bLeadGenerationTemplate = defineTemplate(b2bLeadGenerationStructure, { en, nb, da });
