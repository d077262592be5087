import type { Channel } from "@journeykit/core";

/** The words the renderers draw, in one language. */
export interface Labels {
  readonly journeyMap: string;
  readonly persona: string;
  readonly noPersona: string;
  readonly stage: string;
  readonly customerActions: string;
  readonly touchpoints: string;
  readonly emotion: string;
  readonly noEmotion: string;
  readonly painPoints: string;
  readonly opportunities: string;
  readonly kpis: string;
  readonly wholeJourney: string;
  readonly legend: string;
  readonly physicalEvidence: string;
  readonly frontstage: string;
  readonly backstage: string;
  readonly supportProcesses: string;
  readonly lineOfVisibility: string;
  readonly digital: string;
  readonly physical: string;
  readonly severity: string;
  readonly target: string;
  readonly noData: string;
  readonly onTarget: string;
  readonly offTarget: string;
  readonly unclear: string;
  readonly days: string;
  readonly seconds: string;
  readonly customers: string;
  readonly sessions: string;
  readonly conversion: string;
  readonly fromStart: string;
  readonly dropOff: string;
  readonly biggestDropOff: string;
  readonly entered: string;
  readonly inLog: string;
  readonly overallConversion: string;
  readonly window: string;
  readonly optional: string;
  readonly median: string;
  readonly fromPrevious: string;
  readonly funnel: string;
  readonly comparison: string;
  readonly change: string;
  readonly significant: string;
  readonly notSignificant: string;
  readonly points: string;
  readonly before: string;
  readonly after: string;
  readonly paths: string;
  readonly other: string;
  readonly end: string;
  readonly start: string;
  readonly transitions: string;
  readonly withPath: string;
  readonly withoutPath: string;
  readonly cutShort: string;
  readonly shown: string;
  readonly sequences: string;
  readonly followedBy: string;
  readonly whatFollows: string;
  readonly pathCount: string;
  readonly channels: Readonly<Record<Channel, string>>;
}

const en: Labels = {
  journeyMap: "Journey map",
  persona: "Persona",
  noPersona: "No persona",
  stage: "Stage",
  customerActions: "Customer actions",
  touchpoints: "Touchpoints",
  emotion: "Emotion",
  noEmotion: "No emotion recorded",
  painPoints: "Pain points",
  opportunities: "Opportunities",
  kpis: "KPIs",
  wholeJourney: "KPIs, whole journey",
  legend: "Legend",
  physicalEvidence: "Physical evidence",
  frontstage: "Frontstage",
  backstage: "Backstage",
  supportProcesses: "Support processes",
  lineOfVisibility: "Line of visibility",
  digital: "Digital",
  physical: "Physical",
  severity: "severity",
  target: "target",
  noData: "no data",
  onTarget: "on target",
  offTarget: "off target",
  unclear: "unclear (interval spans the target)",
  days: "d",
  seconds: "s",
  customers: "customers",
  sessions: "sessions",
  conversion: "conversion",
  fromStart: "from start",
  dropOff: "drop-off",
  biggestDropOff: "Biggest drop-off",
  entered: "entered",
  inLog: "in the data",
  overallConversion: "overall conversion",
  window: "window",
  optional: "optional",
  median: "median",
  fromPrevious: "from previous",
  funnel: "Funnel",
  comparison: "Funnel comparison",
  change: "change",
  significant: "significant",
  notSignificant: "not significant",
  points: "pp",
  before: "Before",
  after: "After",
  paths: "Top paths",
  other: "Other paths",
  end: "End",
  start: "Start",
  transitions: "transitions",
  withPath: "with a path",
  withoutPath: "without a path",
  cutShort: "cut short",
  shown: "shown",
  sequences: "sequences",
  followedBy: "followed by",
  whatFollows: "What follows what",
  pathCount: "paths",
  channels: {
    web: "Web",
    search: "Search",
    social: "Social",
    email: "E-mail",
    chat: "Chat",
    app: "App",
    store: "Store",
    phone: "Phone",
    delivery: "Delivery",
    ads: "Ads",
    "review-site": "Review site",
    other: "Other",
  },
};

const nb: Labels = {
  journeyMap: "Kundereise",
  persona: "Persona",
  noPersona: "Ingen persona",
  stage: "Fase",
  customerActions: "Kundens handlinger",
  touchpoints: "Kontaktpunkter",
  emotion: "Følelse",
  noEmotion: "Ingen følelse registrert",
  painPoints: "Smertepunkter",
  opportunities: "Muligheter",
  kpis: "KPI-er",
  wholeJourney: "KPI-er, hele reisen",
  legend: "Tegnforklaring",
  physicalEvidence: "Fysiske bevis",
  frontstage: "Frontstage",
  backstage: "Backstage",
  supportProcesses: "Støtteprosesser",
  lineOfVisibility: "Synlighetslinje",
  digital: "Digital",
  physical: "Fysisk",
  severity: "alvorlighet",
  target: "mål",
  noData: "ingen data",
  onTarget: "nådd",
  offTarget: "ikke nådd",
  unclear: "uklart (intervallet omfatter målet)",
  days: "d",
  seconds: "s",
  customers: "kunder",
  sessions: "økter",
  conversion: "konvertering",
  fromStart: "fra start",
  dropOff: "frafall",
  biggestDropOff: "Største frafall",
  entered: "startet",
  inLog: "i dataene",
  overallConversion: "total konvertering",
  window: "tidsvindu",
  optional: "valgfritt",
  median: "median",
  fromPrevious: "fra forrige",
  funnel: "Trakt",
  comparison: "Sammenligning av trakter",
  change: "endring",
  significant: "signifikant",
  notSignificant: "ikke signifikant",
  points: "pp",
  before: "Før",
  after: "Etter",
  paths: "Vanligste stier",
  other: "Andre stier",
  end: "Slutt",
  start: "Start",
  transitions: "overganger",
  withPath: "med en sti",
  withoutPath: "uten sti",
  cutShort: "forkortet",
  shown: "vist",
  sequences: "sekvenser",
  followedBy: "fulgt av",
  whatFollows: "Hva følger etter hva",
  pathCount: "stier",
  channels: {
    web: "Nett",
    search: "Søk",
    social: "Sosiale medier",
    email: "E-post",
    chat: "Chat",
    app: "App",
    store: "Butikk",
    phone: "Telefon",
    delivery: "Levering",
    ads: "Annonser",
    "review-site": "Anmeldelser",
    other: "Annet",
  },
};

const da: Labels = {
  journeyMap: "Kunderejse",
  persona: "Persona",
  noPersona: "Ingen persona",
  stage: "Fase",
  customerActions: "Kundens handlinger",
  touchpoints: "Kontaktpunkter",
  emotion: "Følelse",
  noEmotion: "Ingen følelse registreret",
  painPoints: "Smertepunkter",
  opportunities: "Muligheder",
  kpis: "KPI'er",
  wholeJourney: "KPI'er, hele rejsen",
  legend: "Signaturforklaring",
  physicalEvidence: "Fysiske beviser",
  frontstage: "Frontstage",
  backstage: "Backstage",
  supportProcesses: "Støtteprocesser",
  lineOfVisibility: "Synlighedslinje",
  digital: "Digital",
  physical: "Fysisk",
  severity: "alvorlighed",
  target: "mål",
  noData: "ingen data",
  onTarget: "nået",
  offTarget: "ikke nået",
  unclear: "uklart (intervallet omfatter målet)",
  days: "d",
  seconds: "s",
  customers: "kunder",
  sessions: "sessioner",
  conversion: "konvertering",
  fromStart: "fra start",
  dropOff: "frafald",
  biggestDropOff: "Største frafald",
  entered: "startede",
  inLog: "i dataene",
  overallConversion: "samlet konvertering",
  window: "tidsvindue",
  optional: "valgfrit",
  median: "median",
  fromPrevious: "fra forrige",
  funnel: "Tragt",
  comparison: "Sammenligning af tragte",
  change: "ændring",
  significant: "signifikant",
  notSignificant: "ikke signifikant",
  points: "pp",
  before: "Før",
  after: "Efter",
  paths: "Hyppigste stier",
  other: "Andre stier",
  end: "Slut",
  start: "Start",
  transitions: "overgange",
  withPath: "med en sti",
  withoutPath: "uden sti",
  cutShort: "forkortet",
  shown: "vist",
  sequences: "sekvenser",
  followedBy: "fulgt af",
  whatFollows: "Hvad følger efter hvad",
  pathCount: "stier",
  channels: {
    web: "Web",
    search: "Søgning",
    social: "Sociale medier",
    email: "E-mail",
    chat: "Chat",
    app: "App",
    store: "Butik",
    phone: "Telefon",
    delivery: "Levering",
    ads: "Annoncer",
    "review-site": "Anmeldelser",
    other: "Andet",
  },
};

/** The label language of a BCP 47 locale such as `"nb-NO"`: `"en"`, `"nb"` (also for `no` and `nn`) or `"da"`; English for any other. */
export function labelLanguage(locale: string): (typeof LABEL_LANGUAGES)[number] {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  if (language === "nb" || language === "no" || language === "nn") return "nb";
  if (language === "da") return "da";
  return "en";
}

/** The languages whose labels the renderers draw; other locales get English labels. */
export const LABEL_LANGUAGES = ["en", "nb", "da"] as const;

const byLanguage: Readonly<Record<(typeof LABEL_LANGUAGES)[number], Labels>> = { en, nb, da };

/** The labels for a BCP 47 locale such as `"nb-NO"`; English when the language has none. */
export function labelsFor(locale: string): Labels {
  return byLanguage[labelLanguage(locale)];
}
