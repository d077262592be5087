import { defineTemplate } from "../template/define-template";
import { da } from "./locales/da";
import { en } from "./locales/en";
import { nb } from "./locales/nb";
import { b2cSubscriptionStructure } from "./structure";

/** The B2C subscription template's structure and labels; see {@link b2cSubscription}. */
export const b2cSubscriptionTemplate = defineTemplate(b2cSubscriptionStructure, { en, nb, da });
