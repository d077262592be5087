import type { TemplateMessages } from "../../template/journey-template";
import type { b2bSaasTrialStructure } from "../structure";

export const nb: TemplateMessages<typeof b2bSaasTrialStructure> = {
  journey: {
    name: "B2B SaaS med prøveperiode: fra registrering til et team som betaler og vokser",
    description:
      "En produktledet B2B-kundereise: én person registrerer seg og prøver produktet, inviterer teamet, og først da kommer budsjettansvarlige og IT inn for å oppgradere og utvide. Produktet gjør det meste av salget; salg hjelper når avtalen blir stor.",
  },
  profile: {
    decisionProcess:
      "Nedenfra og opp: en bruker bestemmer seg for å prøve alene på minutter; teamet bestemmer ved å bruke produktet; en budsjettansvarlig og IT bestemmer om det skal betales, og da kommer B2B-innkjøpsgruppen og innkjøpsprosessen inn til slutt.",
    touchpoints:
      "Stort sett digitale og inne i produktet: anmeldelsessider, fellesskap, registrering, introduksjon, invitasjoner og oppgradering i appen; mennesker (salg, kundeansvarlige) kommer inn for større kunder.",
    relationship:
      "Starter som en uforpliktende prøveperiode og blir et langsiktig, voksende kundeforhold når produktet er en del av teamets hverdag.",
  },
  teams: {
    growth: "Vekst",
    product: "Produkt",
    sales: "Salg",
    security: "Sikkerhet og etterlevelse",
    "customer-success": "Kundesuksess",
  },
  customEvents: {
    activation_milestone:
      "Sendes én gang per konto når den når aktiveringsmilepælen, handlingen som forutsier at kunden blir (for eksempel: første prosjekt opprettet og delt).",
    invite_sent: "Sendes når en bruker inviterer en kollega til arbeidsområdet.",
  },
  personas: {
    evaluator: {
      name: "Nora, produktleder",
      role: "Utprøver og pådriver: registrerer seg og tar med teamet",
      description:
        "Finner verktøyet selv, prøver det før hun snakker med noen, og selger det inn til teamet og lederen sin.",
      quote: "La meg prøve først; jeg ringer salg når jeg vet at det fungerer for oss.",
      needs: {
        "try-before-talking": "Prøve produktet uten å snakke med salg",
        "quick-value": "Se verdi i den første økten",
      },
      goals: {
        "fix-team-workflow": "Fikse en arbeidsflyt som sinker teamet",
        "look-competent": "Ta inn et verktøy teamet takker henne for",
      },
      challenges: {
        "no-budget-authority": "Kan ikke kjøpe for teamet på egen hånd",
        "limited-time": "Prøver ut verktøyet mellom møter",
      },
    },
    "team-member": {
      name: "Ahmed, programvareutvikler",
      role: "Invitert kollega: tar det i bruk, eller overser det",
      description:
        "Blir med når han blir invitert, og blir bare værende hvis verktøyet sparer ham tid fra første dag.",
      quote: "Enda et verktøy? Da må det i hvert fall koble seg til det vi allerede bruker.",
      needs: {
        "works-with-current-tools": "Integrasjoner med verktøyene han allerede bruker",
        "no-extra-admin": "Ikke noe ekstra administrasjonsarbeid",
      },
      goals: {
        "get-work-done": "Få gjort jobben med færre avbrytelser",
        "less-context-switching": "Mindre veksling mellom verktøy",
      },
      challenges: {
        "tool-fatigue": "Har sett mange verktøy komme og gå",
        "unclear-why": "Ser ikke hvorfor teamet skal bytte",
      },
    },
    "budget-owner": {
      name: "Henrik, produktdirektør",
      role: "Budsjettansvarlig: godkjenner betalt plan",
      description:
        "Godkjenner utgiften når teamet allerede er avhengig av verktøyet, og ser på kostnad per bruker.",
      quote: "Vis meg hvem som bruker det, og hva det erstatter.",
      needs: {
        "usage-evidence": "Bevis for reell bruk i teamet",
        "predictable-seat-cost": "Forutsigbar kostnad når teamet vokser",
      },
      goals: {
        "team-productivity": "Et mer produktivt team",
        "consolidate-tools": "Færre overlappende verktøy",
      },
      challenges: {
        "tool-sprawl": "For mange abonnementer på tvers av team",
        "budget-cycle": "Budsjettene settes én gang i året",
      },
    },
    "it-admin": {
      name: "Camilla, IT-administrator",
      role: "IT: kontrollerer tilgang og sikkerhet",
      description:
        "Oppdager ofte verktøyet etter at teamet har tatt det i bruk, og trenger da enkel pålogging og databehandlervilkår.",
      quote: "Kan jeg ikke styre tilgangen, blir det ikke godkjent.",
      needs: {
        "single-sign-on": "Enkel pålogging (SSO) og automatisk brukerklargjøring",
        "data-protection-terms": "Databehandleravtale og data lagret i EU/EØS",
      },
      goals: {
        "control-access": "Kontrollere hvem som har tilgang til bedriftens data",
        "avoid-shadow-it": "Ingen verktøy utenfor ITs oversikt",
      },
      challenges: {
        "discovers-tools-late": "Oppdager verktøy etter at de er tatt i bruk",
        "manual-offboarding": "Fjerner ansatte som slutter, fra hvert verktøy for hånd",
      },
    },
  },
  touchpoints: {
    search: { name: "Søk", description: "Økter fra organisk og betalt søk." },
    "review-sites": {
      name: "Anmeldelsessider for programvare",
      description: "Økter fra G2, Capterra og lignende anmeldelsessider.",
    },
    communities: {
      name: "Fellesskap og sosiale medier",
      description: "Økter fra LinkedIn, Reddit, YouTube og andre fellesskap.",
    },
    "word-of-mouth": {
      name: "Anbefalinger fra kolleger",
      description: "Kolleger som har brukt verktøyet i en tidligere jobb.",
    },
    "first-visit": { name: "Første besøk på nettstedet", description: "Det første besøket på nettstedet." },
    "sign-up-page": {
      name: "Registrering",
      description: "Opprettelse av konto for den gratis prøveperioden.",
    },
    "welcome-email": {
      name: "Velkomst-e-post",
      description: "Bekreftelse av e-postadressen og de første tipsene.",
    },
    "in-product-onboarding": {
      name: "Introduksjon i produktet",
      description: "Sjekklisten, veiledningene og det første resultatet som viser produktets verdi.",
    },
    "help-centre": {
      name: "Hjelpesenter",
      description: "Dokumentasjon, videoer og svar på vanlige spørsmål.",
    },
    "team-invites": {
      name: "Invitasjoner til teamet",
      description: "Invitasjoner som sendes, og kolleger som blir med i arbeidsområdet.",
    },
    "shared-work": { name: "Delt arbeid", description: "Prosjekter og visninger som deles med kolleger." },
    "in-app-upgrade": {
      name: "Oppgradering i appen",
      description: "Valg av betalt plan og betaling på nett.",
    },
    "sales-assist": {
      name: "Snakk med salg",
      description: "Forespørsler om å snakke med salg eller om et tilbud, og samtalene som følger.",
    },
    "trial-emails": {
      name: "E-poster i prøveperioden",
      description: "Økter fra e-poster som sendes i løpet av prøveperioden og før den slutter.",
    },
    "security-review": {
      name: "Sikkerhetsgjennomgang",
      description: "Sikkerhetsspørreskjema, databehandleravtale og oppsett av enkel pålogging.",
    },
    "enterprise-contract": {
      name: "Bedriftsavtale",
      description: "Større avtaler vunnet av salg, sendt fra CRM til GA4 som close_convert_lead.",
    },
    "account-management": {
      name: "Kundeoppfølging",
      description: "Faste møter med kundeansvarlig om bruk og planer.",
    },
  },
  kpis: {
    "visit-to-sign-up-rate": {
      name: "Besøk til registrering",
      description: "Andelen nye besøkende som registrerer seg.",
    },
    "sign-up-completion-rate": {
      name: "Fullførte registreringer",
      description: "Andelen påbegynte registreringer som fullføres og bekreftes.",
    },
    "activation-rate": {
      name: "Aktiveringsgrad",
      description: "Andelen nye kontoer som når aktiveringsmilepælen i løpet av prøveperioden.",
    },
    "time-to-activate": {
      name: "Tid til aktivering",
      description: "Median antall dager fra registrering til aktiveringsmilepælen.",
    },
    "invite-rate": {
      name: "Invitasjonsgrad",
      description: "Andelen aktiverte kontoer der minst én kollega blir med.",
    },
    "trial-to-paid-rate": {
      name: "Prøveperiode til betalende",
      description: "Andelen prøvekontoer som blir betalende kunder.",
    },
    "net-revenue-retention": {
      name: "Netto inntektsbevaring",
      description: "Løpende inntekt fra betalende kontoer etter 12 måneder, i prosent av året før.",
    },
    nps: { name: "Net Promoter Score", description: "Ambassadører minus kritikere blant aktive brukere." },
  },
  stages: {
    awareness: {
      name: "Bevissthet",
      goal: "Utprøveren ser at produktet løser problemet hennes, og at hun kan prøve det nå.",
      description: "En arbeidsflyt når grensene sine; utprøveren søker, leser anmeldelser og spør andre.",
      steps: {
        "hits-limit": "Når grensene for dagens arbeidsmåte",
        "searches-alternatives": "Søker etter alternativer",
        "reads-reviews": "Leser anmeldelser og sammenligninger",
        "first-visit": "Besøker nettstedet",
      },
      painPoints: {
        "feature-soup": "Nettstedet lister funksjoner, ikke problemet de løser",
        "no-public-pricing": "Prisene er skjult bak «kontakt oss»",
      },
      opportunities: {
        "use-case-pages": "Sider per bruksområde og rolle",
        "transparent-pricing": "Offentlige priser for selvbetjente planer",
      },
      blueprint: {
        physicalEvidence: {
          "review-profile": "Profil på anmeldelsesside",
          "comparison-page": "Sammenligningsside",
        },
        customerActions: {
          "compares-tools": "Sammenligner verktøy",
          "asks-community": "Spør i et fellesskap",
        },
        frontstage: { website: "Nettsted", "review-profile-answers": "Svar på anmeldelser" },
        backstage: { "seo-content": "Innhold for søk", "review-program": "Program for å samle anmeldelser" },
        supportProcesses: { cms: "Publiseringsløsning", "ad-platforms": "Annonseplattformer" },
      },
    },
    "sign-up": {
      name: "Registrering",
      goal: "Utprøveren er inne i produktet i løpet av et minutt.",
      description: "Opprettelse av konto, bekreftelse og første pålogging.",
      steps: {
        "starts-sign-up": "Starter registreringen",
        "verifies-email": "Bekrefter e-postadressen",
        "first-login": "Logger inn for første gang",
      },
      painPoints: {
        "card-for-trial": "Kortopplysninger kreves for å starte prøveperioden",
        "work-email-required": "Må bruke jobbadressen før hun vet om verktøyet er verdt det",
      },
      opportunities: {
        "sso-sign-up": "Registrering med Google eller Microsoft",
        "no-card-trial": "Prøveperiode uten kortopplysninger",
      },
      blueprint: {
        physicalEvidence: {
          "verification-email": "E-post for bekreftelse",
          "empty-workspace": "Nytt arbeidsområde",
        },
        customerActions: {
          "fills-sign-up": "Fyller ut registreringen",
          "clicks-verification": "Klikker på bekreftelseslenken",
        },
        frontstage: { "sign-up-form": "Registreringsskjema", "welcome-screen": "Velkomstskjerm" },
        backstage: { "account-provisioning": "Klargjøring av konto", enrichment: "Berikelse med firmadata" },
        supportProcesses: {
          "identity-provider": "Identitetsleverandør",
          "email-delivery": "E-postutsending",
        },
      },
    },
    activation: {
      name: "Aktivering",
      goal: "Utprøveren når det første virkelige resultatet: øyeblikket produktet beviser seg.",
      description: "Oppsett, første data og aktiveringsmilepælen.",
      steps: {
        "follows-checklist": "Følger kom-i-gang-sjekklisten",
        "imports-data": "Importerer data eller kobler til verktøy",
        "reaches-aha": "Får det første virkelige resultatet",
      },
      painPoints: {
        "empty-state": "Et tomt produkt uten noe å prøve",
        "setup-needs-admin": "En integrasjon krever en administrator hun må spørre",
      },
      opportunities: {
        "templates-and-sample-data": "Maler og eksempeldata å starte fra",
        "contextual-help": "Hjelp i steget der folk står fast",
      },
      blueprint: {
        physicalEvidence: { checklist: "Kom-i-gang-sjekkliste", "first-result": "Første resultat" },
        customerActions: {
          "connects-tools": "Kobler til verktøy",
          "creates-first-project": "Oppretter et første prosjekt",
        },
        frontstage: {
          "onboarding-checklist": "Sjekkliste for introduksjon",
          "in-app-guides": "Veiledninger i appen",
        },
        backstage: {
          "activation-scoring": "Poengsetting av aktivering",
          "lifecycle-emails": "Livsløps-e-poster",
        },
        supportProcesses: { "product-analytics": "Produktanalyse", integrations: "Integrasjonsplattform" },
      },
    },
    team: {
      name: "Utbredelse i teamet",
      goal: "Kolleger blir med, og produktet blir måten teamet jobber på.",
      description: "Invitasjoner, det første samarbeidet og daglig bruk av flere personer.",
      steps: {
        "invites-colleagues": "Inviterer kolleger",
        "colleagues-join": "Kolleger blir med i arbeidsområdet",
        "works-together": "Teamet samarbeider i produktet",
      },
      painPoints: {
        "invite-lands-in-spam": "Invitasjonene havner i søppelposten",
        "no-reason-to-join": "Inviterte kolleger ser ingen grunn til å bli med",
      },
      opportunities: {
        "invite-with-context": "Inviter til noe konkret, ikke bare til arbeidsområdet",
        "value-for-invitee": "Vis den inviterte kollegaen hva han får ut av det",
      },
      blueprint: {
        physicalEvidence: { "invitation-email": "Invitasjon på e-post", "shared-project": "Delt prosjekt" },
        customerActions: { "sends-invites": "Sender invitasjoner", comments: "Kommenterer og samarbeider" },
        frontstage: { "invite-dialog": "Invitasjonsdialog", "shared-views": "Delte visninger" },
        backstage: {
          "domain-matching": "Kobling av kolleger etter firmadomene",
          "collaboration-signals": "Signaler om samarbeid",
        },
        supportProcesses: {
          "email-delivery": "E-postutsending",
          "notification-service": "Varslingstjeneste",
        },
      },
    },
    upgrade: {
      name: "Oppgradering",
      goal: "Teamet betaler fordi produktet har blitt nødvendig.",
      description:
        "Grenser i planen, argumentene for å betale, godkjenning, og betaling eller en avtale med hjelp fra salg.",
      steps: {
        "hits-plan-limit": "Når en grense i prøveperioden eller gratisplanen",
        "builds-case": "Bygger argumentene for å betale",
        "gets-approval": "Får godkjenning fra budsjettansvarlig og IT",
        pays: "Betaler på nett eller signerer et tilbud",
      },
      painPoints: {
        "trial-ends-mid-evaluation": "Prøveperioden slutter før teamet har bestemt seg",
        "procurement-needs": "Innkjøp trenger tilbud, faktura eller leverandørskjema",
        "security-review-late": "ITs sikkerhetsgjennomgang starter først helt til slutt",
      },
      opportunities: {
        "trial-extension": "Forleng prøveperioden for aktive team",
        "product-qualified-leads": "Gi aktive kontoer til salg som produktkvalifiserte leads",
        "self-serve-invoice": "Tilbud og fakturabetaling uten å snakke med salg",
      },
      blueprint: {
        physicalEvidence: { "pricing-page": "Prisside", quote: "Tilbud", invoice: "Faktura" },
        customerActions: {
          "compares-plans": "Sammenligner planer",
          "forwards-quote": "Videresender tilbudet internt",
        },
        frontstage: { "upgrade-prompt": "Oppfordring til oppgradering", "sales-rep": "Selger" },
        backstage: {
          "product-qualified-lead-scoring": "Poengsetting av produktkvalifiserte leads",
          "quote-approval": "Godkjenning av tilbud",
        },
        supportProcesses: { "billing-system": "Faktureringssystem", crm: "CRM" },
      },
    },
    expansion: {
      name: "Utvidelse",
      goal: "Kundeforholdet vokser til flere team, med ITs velsignelse.",
      description: "Flere brukere, utrulling i hele virksomheten, års- eller bedriftsavtaler.",
      steps: {
        "adds-seats": "Legger til brukere",
        "rolls-out": "Ruller ut til flere team",
        "moves-to-annual": "Går over til en års- eller bedriftsavtale",
      },
      painPoints: {
        "seat-cost-surprise": "Kostnaden per bruker vokser raskere enn ventet",
        "enterprise-features-paywalled": "Enkel pålogging finnes bare i den dyreste planen",
      },
      opportunities: {
        "usage-reports-for-buyers": "Bruksrapporter laget for budsjettansvarlige",
        "admin-controls": "Administratorkontroller som lar IT si ja",
      },
      blueprint: {
        physicalEvidence: {
          "security-documentation": "Sikkerhetsdokumentasjon",
          "order-form": "Bestillingsskjema",
          "usage-report": "Bruksrapport",
        },
        customerActions: {
          "reviews-usage": "Går gjennom bruken",
          "sets-up-sso": "Setter opp enkel pålogging",
        },
        frontstage: { "account-manager": "Kundeansvarlig", "admin-console": "Administrasjonskonsoll" },
        backstage: {
          "expansion-signals": "Signaler om utvidelse",
          "renewal-forecast": "Prognose for fornyelser",
        },
        supportProcesses: { crm: "CRM", "trust-centre": "Tillitssenter" },
      },
    },
  },
};
