import { labelLanguage } from "./labels";

/** The words of the HTML report, in one language. */
export interface ReportLabels {
  readonly report: string;
  readonly contents: string;
  readonly summary: string;
  readonly journeyMap: string;
  readonly stageFunnel: string;
  readonly paths: string;
  readonly conformance: string;
  readonly kpis: string;
  readonly painPoints: string;
  readonly customers: string;
  readonly events: string;
  readonly period: string;
  readonly source: string;
  readonly generated: string;
  readonly fitness: string;
  readonly fitnessExplained: string;
  readonly overallConversion: string;
  readonly kpisOnTarget: string;
  readonly deviations: string;
  readonly deviationKinds: Readonly<Record<"skip" | "backtrack" | "late-entry" | "unrecognised", string>>;
  readonly stage: string;
  readonly entered: string;
  readonly skipped: string;
  readonly notObservable: string;
  readonly backtracks: string;
  readonly times: string;
  readonly unrecognisedEvents: string;
  readonly unseenTouchpoints: string;
  readonly deviatingVariants: string;
  readonly share: string;
  readonly none: string;
  readonly kpi: string;
  readonly value: string;
  readonly interval: string;
  readonly target: string;
  readonly status: string;
  readonly wholeJourney: string;
  readonly rank: string;
  readonly painPoint: string;
  readonly severity: string;
  readonly mentions: string;
  readonly stageDropOff: string;
  readonly noFeedback: string;
  readonly noObservableStages: string;
  readonly madeWith: string;
}

const en: ReportLabels = {
  report: "Journey report",
  contents: "Contents",
  summary: "Summary",
  journeyMap: "Journey map",
  stageFunnel: "Stage funnel",
  paths: "Paths",
  conformance: "Map against data",
  kpis: "KPIs",
  painPoints: "Pain points, biggest first",
  customers: "Customers",
  events: "Events",
  period: "Period",
  source: "Source",
  generated: "Generated",
  fitness: "Fitness",
  fitnessExplained: "share of customers whose journey follows the map without skips or backtracks",
  overallConversion: "Conversion through all stages",
  kpisOnTarget: "KPIs on target",
  deviations: "Deviations",
  deviationKinds: {
    skip: "Skipped a stage",
    backtrack: "Went back",
    "late-entry": "Entered late",
    unrecognised: "Undocumented events",
  },
  stage: "Stage",
  entered: "Entered here",
  skipped: "Skipped",
  notObservable: "not in the data (no event matchers)",
  backtracks: "Backtracks",
  times: "times",
  unrecognisedEvents: "Events the map does not document",
  unseenTouchpoints: "Touchpoints never seen in the data",
  deviatingVariants: "Most common deviating journeys",
  share: "Share",
  none: "None",
  kpi: "KPI",
  value: "Value",
  interval: "Interval",
  target: "Target",
  status: "Status",
  wholeJourney: "Whole journey",
  rank: "Rank",
  painPoint: "Pain point",
  severity: "Severity",
  mentions: "Customers mentioning it",
  stageDropOff: "Drop-off after the stage",
  noFeedback: "No feedback was given, so pain points are ranked by severity and drop-off only.",
  noObservableStages:
    "No stage has touchpoints with event matchers, so the data cannot be placed on the map.",
  madeWith: "Made with journeykit",
};

const nb: ReportLabels = {
  report: "Rapport for kundereisen",
  contents: "Innhold",
  summary: "Sammendrag",
  journeyMap: "Kundereisekart",
  stageFunnel: "Trakt gjennom fasene",
  paths: "Stier",
  conformance: "Kartet mot dataene",
  kpis: "KPI-er",
  painPoints: "Smertepunkter, største først",
  customers: "Kunder",
  events: "Hendelser",
  period: "Periode",
  source: "Kilde",
  generated: "Laget",
  fitness: "Samsvar",
  fitnessExplained: "andel kunder som følger kartet uten å hoppe over eller gå tilbake",
  overallConversion: "Konvertering gjennom alle faser",
  kpisOnTarget: "KPI-er som når målet",
  deviations: "Avvik",
  deviationKinds: {
    skip: "Hoppet over en fase",
    backtrack: "Gikk tilbake",
    "late-entry": "Kom inn sent",
    unrecognised: "Udokumenterte hendelser",
  },
  stage: "Fase",
  entered: "Startet her",
  skipped: "Hoppet over",
  notObservable: "ikke i dataene (ingen hendelser koblet)",
  backtracks: "Tilbakesteg",
  times: "ganger",
  unrecognisedEvents: "Hendelser kartet ikke dokumenterer",
  unseenTouchpoints: "Kontaktpunkter som aldri ses i dataene",
  deviatingVariants: "Vanligste avvikende reiser",
  share: "Andel",
  none: "Ingen",
  kpi: "KPI",
  value: "Verdi",
  interval: "Intervall",
  target: "Mål",
  status: "Status",
  wholeJourney: "Hele reisen",
  rank: "Plass",
  painPoint: "Smertepunkt",
  severity: "Alvorlighet",
  mentions: "Kunder som nevner det",
  stageDropOff: "Frafall etter fasen",
  noFeedback: "Ingen tilbakemeldinger er gitt, så smertepunktene rangeres bare etter alvorlighet og frafall.",
  noObservableStages: "Ingen fase har kontaktpunkter med hendelser, så dataene kan ikke plasseres på kartet.",
  madeWith: "Laget med journeykit",
};

const da: ReportLabels = {
  report: "Rapport for kunderejsen",
  contents: "Indhold",
  summary: "Resumé",
  journeyMap: "Kunderejsekort",
  stageFunnel: "Tragt gennem faserne",
  paths: "Stier",
  conformance: "Kortet mod dataene",
  kpis: "KPI'er",
  painPoints: "Smertepunkter, største først",
  customers: "Kunder",
  events: "Hændelser",
  period: "Periode",
  source: "Kilde",
  generated: "Lavet",
  fitness: "Overensstemmelse",
  fitnessExplained: "andel kunder, der følger kortet uden at springe over eller gå tilbage",
  overallConversion: "Konvertering gennem alle faser",
  kpisOnTarget: "KPI'er, der når målet",
  deviations: "Afvigelser",
  deviationKinds: {
    skip: "Sprang en fase over",
    backtrack: "Gik tilbage",
    "late-entry": "Kom sent ind",
    unrecognised: "Udokumenterede hændelser",
  },
  stage: "Fase",
  entered: "Startede her",
  skipped: "Sprunget over",
  notObservable: "ikke i dataene (ingen hændelser koblet)",
  backtracks: "Tilbageskridt",
  times: "gange",
  unrecognisedEvents: "Hændelser, kortet ikke dokumenterer",
  unseenTouchpoints: "Kontaktpunkter, der aldrig ses i dataene",
  deviatingVariants: "Hyppigste afvigende rejser",
  share: "Andel",
  none: "Ingen",
  kpi: "KPI",
  value: "Værdi",
  interval: "Interval",
  target: "Mål",
  status: "Status",
  wholeJourney: "Hele rejsen",
  rank: "Plads",
  painPoint: "Smertepunkt",
  severity: "Alvorlighed",
  mentions: "Kunder, der nævner det",
  stageDropOff: "Frafald efter fasen",
  noFeedback: "Der er ikke givet feedback, så smertepunkterne rangeres kun efter alvorlighed og frafald.",
  noObservableStages: "Ingen fase har kontaktpunkter med hændelser, så dataene kan ikke placeres på kortet.",
  madeWith: "Lavet med journeykit",
};

const byLanguage = { en, nb, da } as const;

/** The report's words for a BCP 47 locale; English when the language has none. */
export function reportLabelsFor(locale: string): ReportLabels {
  return byLanguage[labelLanguage(locale)];
}
