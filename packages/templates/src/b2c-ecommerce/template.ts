import { defineTemplate } from "../template/define-template";
import { da } from "./locales/da";
import { en } from "./locales/en";
import { nb } from "./locales/nb";
import { b2cEcommerceStructure } from "./structure";

/** The B2C e-commerce template's structure and labels; see {@link b2cEcommerce}. */
export const b2cEcommerceTemplate = defineTemplate(b2cEcommerceStructure, { en, nb, da });
