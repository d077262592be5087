import type { TemplateMessages } from "../../template/journey-template";
import type { b2bSaasTrialStructure } from "../structure";

export const da: TemplateMessages<typeof b2bSaasTrialStructure> = {
  journey: {
    name: "B2B SaaS med prøveperiode: fra tilmelding til et team, der betaler og vokser",
    description:
      "En produktdrevet B2B-kunderejse: én person tilmelder sig og prøver produktet, inviterer teamet, og først derefter kommer budgetansvarlige og IT ind for at opgradere og udvide. Produktet klarer det meste af salget; salg hjælper, når aftalen bliver stor.",
  },
  profile: {
    decisionProcess:
      "Nedefra og op: en bruger beslutter at prøve alene på få minutter; teamet beslutter ved at bruge produktet; en budgetansvarlig og IT beslutter at betale, og så kommer B2B-indkøbsgruppen og indkøbsprocessen ind til sidst.",
    touchpoints:
      "Overvejende digitale og inde i produktet: anmeldelsessider, fællesskaber, tilmelding, introduktion, invitationer og opgradering i appen; mennesker (salg, kundeansvarlige) kommer ind ved større kunder.",
    relationship:
      "Starter som en uforpligtende prøveperiode og bliver et langsigtet, voksende kundeforhold, når produktet er en del af teamets hverdag.",
  },
  teams: {
    growth: "Vækst",
    product: "Produkt",
    sales: "Salg",
    security: "Sikkerhed og compliance",
    "customer-success": "Customer success",
  },
  customEvents: {
    activation_milestone:
      "Sendes én gang pr. konto, når den når aktiveringsmilepælen, den handling, der forudsiger fastholdelse (for eksempel: første projekt oprettet og delt).",
    invite_sent: "Sendes, når en bruger inviterer en kollega til arbejdsområdet.",
  },
  personas: {
    evaluator: {
      name: "Nora, produktchef",
      role: "Afprøver og fortaler: tilmelder sig og tager teamet med",
      description:
        "Finder selv værktøjet, prøver det, før hun taler med nogen, og sælger det ind til sit team og sin leder.",
      quote: "Lad mig prøve først; jeg ringer til salg, når jeg ved, at det virker for os.",
      needs: {
        "try-before-talking": "Prøve produktet uden at tale med salg",
        "quick-value": "Se værdi i den første session",
      },
      goals: {
        "fix-team-workflow": "Løse et arbejdsforløb, der bremser teamet",
        "look-competent": "Indføre et værktøj, teamet takker hende for",
      },
      challenges: {
        "no-budget-authority": "Kan ikke købe til teamet på egen hånd",
        "limited-time": "Afprøver værktøjet mellem møder",
      },
    },
    "team-member": {
      name: "Ahmed, softwareudvikler",
      role: "Inviteret kollega: tager det i brug eller ignorerer det",
      description:
        "Kommer med, når han bliver inviteret, og bliver kun, hvis værktøjet sparer ham tid fra første dag.",
      quote: "Endnu et værktøj? Så skal det i hvert fald kunne kobles til det, vi allerede bruger.",
      needs: {
        "works-with-current-tools": "Integrationer med de værktøjer, han allerede bruger",
        "no-extra-admin": "Intet ekstra administrativt arbejde",
      },
      goals: {
        "get-work-done": "Få arbejdet gjort med færre afbrydelser",
        "less-context-switching": "Mindre skift mellem værktøjer",
      },
      challenges: {
        "tool-fatigue": "Har set mange værktøjer komme og gå",
        "unclear-why": "Kan ikke se, hvorfor teamet skal skifte",
      },
    },
    "budget-owner": {
      name: "Henrik, produktdirektør",
      role: "Budgetansvarlig: godkender den betalte plan",
      description:
        "Godkender udgiften, når teamet allerede er afhængigt af værktøjet, og ser på prisen pr. bruger.",
      quote: "Vis mig, hvem der bruger det, og hvad det erstatter.",
      needs: {
        "usage-evidence": "Beviser for reel brug i teamet",
        "predictable-seat-cost": "Forudsigelige omkostninger, når teamet vokser",
      },
      goals: {
        "team-productivity": "Et mere produktivt team",
        "consolidate-tools": "Færre overlappende værktøjer",
      },
      challenges: {
        "tool-sprawl": "For mange abonnementer på tværs af teams",
        "budget-cycle": "Budgetterne lægges én gang om året",
      },
    },
    "it-admin": {
      name: "Camilla, IT-administrator",
      role: "IT: styrer adgang og sikkerhed",
      description:
        "Opdager ofte værktøjet, efter at teamet har taget det i brug, og har så brug for single sign-on og databehandlervilkår.",
      quote: "Kan jeg ikke styre adgangen, bliver det ikke godkendt.",
      needs: {
        "single-sign-on": "Single sign-on og automatisk brugeroprettelse",
        "data-protection-terms": "Databehandleraftale og data opbevaret i EU",
      },
      goals: {
        "control-access": "Styre, hvem der har adgang til virksomhedens data",
        "avoid-shadow-it": "Ingen værktøjer uden for IT's overblik",
      },
      challenges: {
        "discovers-tools-late": "Opdager værktøjer, efter at de er taget i brug",
        "manual-offboarding": "Fjerner fratrådte medarbejdere fra hvert værktøj manuelt",
      },
    },
  },
  touchpoints: {
    search: { name: "Søgning", description: "Sessioner fra organisk og betalt søgning." },
    "review-sites": {
      name: "Anmeldelsessider for software",
      description: "Sessioner fra G2, Capterra og lignende anmeldelsessider.",
    },
    communities: {
      name: "Fællesskaber og sociale medier",
      description: "Sessioner fra LinkedIn, Reddit, YouTube og andre fællesskaber.",
    },
    "word-of-mouth": {
      name: "Anbefalinger fra kolleger",
      description: "Kolleger, der har brugt værktøjet i et tidligere job.",
    },
    "first-visit": { name: "Første besøg på websitet", description: "Det første besøg på websitet." },
    "sign-up-page": {
      name: "Tilmelding",
      description: "Oprettelse af en konto til den gratis prøveperiode.",
    },
    "welcome-email": {
      name: "Velkomstmail",
      description: "Bekræftelse af e-mailadressen og de første tips.",
    },
    "in-product-onboarding": {
      name: "Introduktion i produktet",
      description: "Tjeklisten, vejledningerne og det første resultat, der viser produktets værdi.",
    },
    "help-centre": {
      name: "Hjælpecenter",
      description: "Dokumentation, videoer og svar på almindelige spørgsmål.",
    },
    "team-invites": {
      name: "Invitationer til teamet",
      description: "Invitationer, der sendes, og kolleger, der tilslutter sig arbejdsområdet.",
    },
    "shared-work": { name: "Delt arbejde", description: "Projekter og visninger, der deles med kolleger." },
    "in-app-upgrade": { name: "Opgradering i appen", description: "Valg af betalt plan og betaling online." },
    "sales-assist": {
      name: "Tal med salg",
      description: "Anmodninger om at tale med salg eller om et tilbud og de samtaler, der følger.",
    },
    "trial-emails": {
      name: "E-mails i prøveperioden",
      description: "Sessioner fra e-mails, der sendes i løbet af prøveperioden og før den slutter.",
    },
    "security-review": {
      name: "Sikkerhedsgennemgang",
      description: "Sikkerhedsspørgeskema, databehandleraftale og opsætning af single sign-on.",
    },
    "enterprise-contract": {
      name: "Virksomhedsaftale",
      description: "Større aftaler vundet af salg, sendt fra CRM til GA4 som close_convert_lead.",
    },
    "account-management": {
      name: "Kundepleje",
      description: "Faste møder med den kundeansvarlige om brug og planer.",
    },
  },
  kpis: {
    "visit-to-sign-up-rate": {
      name: "Besøg til tilmelding",
      description: "Andelen af nye besøgende, der tilmelder sig.",
    },
    "sign-up-completion-rate": {
      name: "Gennemførte tilmeldinger",
      description: "Andelen af påbegyndte tilmeldinger, der gennemføres og bekræftes.",
    },
    "activation-rate": {
      name: "Aktiveringsrate",
      description: "Andelen af nye konti, der når aktiveringsmilepælen i løbet af prøveperioden.",
    },
    "time-to-activate": {
      name: "Tid til aktivering",
      description: "Median antal dage fra tilmelding til aktiveringsmilepælen.",
    },
    "invite-rate": {
      name: "Invitationsrate",
      description: "Andelen af aktiverede konti, hvor mindst én kollega tilslutter sig.",
    },
    "trial-to-paid-rate": {
      name: "Prøveperiode til betalende",
      description: "Andelen af prøvekonti, der bliver betalende kunder.",
    },
    "net-revenue-retention": {
      name: "Nettoomsætningsfastholdelse",
      description: "Løbende omsætning fra betalende konti efter 12 måneder i procent af året før.",
    },
    nps: { name: "Net Promoter Score", description: "Ambassadører minus kritikere blandt aktive brugere." },
  },
  stages: {
    awareness: {
      name: "Opmærksomhed",
      goal: "Afprøveren ser, at produktet løser hendes problem, og at hun kan prøve det nu.",
      description: "Et arbejdsforløb når sine grænser; afprøveren søger, læser anmeldelser og spørger andre.",
      steps: {
        "hits-limit": "Når grænserne for den nuværende arbejdsform",
        "searches-alternatives": "Søger efter alternativer",
        "reads-reviews": "Læser anmeldelser og sammenligninger",
        "first-visit": "Besøger websitet",
      },
      painPoints: {
        "feature-soup": "Websitet lister funktioner, ikke det problem, de løser",
        "no-public-pricing": "Priserne er gemt bag »kontakt os«",
      },
      opportunities: {
        "use-case-pages": "Sider pr. anvendelse og rolle",
        "transparent-pricing": "Offentlige priser for selvbetjente planer",
      },
      blueprint: {
        physicalEvidence: {
          "review-profile": "Profil på anmeldelsesside",
          "comparison-page": "Sammenligningsside",
        },
        customerActions: {
          "compares-tools": "Sammenligner værktøjer",
          "asks-community": "Spørger i et fællesskab",
        },
        frontstage: { website: "Website", "review-profile-answers": "Svar på anmeldelser" },
        backstage: {
          "seo-content": "Indhold til søgning",
          "review-program": "Program for indsamling af anmeldelser",
        },
        supportProcesses: { cms: "Indholdsstyringssystem", "ad-platforms": "Annonceplatforme" },
      },
    },
    "sign-up": {
      name: "Tilmelding",
      goal: "Afprøveren er inde i produktet inden for et minut.",
      description: "Oprettelse af konto, bekræftelse og første log-in.",
      steps: {
        "starts-sign-up": "Starter tilmeldingen",
        "verifies-email": "Bekræfter e-mailadressen",
        "first-login": "Logger ind for første gang",
      },
      painPoints: {
        "card-for-trial": "Kortoplysninger kræves for at starte prøveperioden",
        "work-email-required": "Skal bruge sin arbejdsmail, før hun ved, om værktøjet er det værd",
      },
      opportunities: {
        "sso-sign-up": "Tilmelding med Google eller Microsoft",
        "no-card-trial": "En prøveperiode uden kortoplysninger",
      },
      blueprint: {
        physicalEvidence: {
          "verification-email": "Bekræftelsesmail",
          "empty-workspace": "Nyt arbejdsområde",
        },
        customerActions: {
          "fills-sign-up": "Udfylder tilmeldingen",
          "clicks-verification": "Klikker på bekræftelseslinket",
        },
        frontstage: { "sign-up-form": "Tilmeldingsformular", "welcome-screen": "Velkomstskærm" },
        backstage: {
          "account-provisioning": "Klargøring af konto",
          enrichment: "Berigelse med virksomhedsdata",
        },
        supportProcesses: {
          "identity-provider": "Identitetsudbyder",
          "email-delivery": "Afsendelse af e-mails",
        },
      },
    },
    activation: {
      name: "Aktivering",
      goal: "Afprøveren når det første rigtige resultat: øjeblikket, hvor produktet beviser sit værd.",
      description: "Opsætning, første data og aktiveringsmilepælen.",
      steps: {
        "follows-checklist": "Følger kom-godt-i-gang-tjeklisten",
        "imports-data": "Importerer data eller forbinder værktøjer",
        "reaches-aha": "Får det første rigtige resultat",
      },
      painPoints: {
        "empty-state": "Et tomt produkt uden noget at prøve",
        "setup-needs-admin": "En integration kræver en administrator, hun skal spørge",
      },
      opportunities: {
        "templates-and-sample-data": "Skabeloner og eksempeldata at starte fra",
        "contextual-help": "Hjælp i det trin, hvor folk sidder fast",
      },
      blueprint: {
        physicalEvidence: { checklist: "Kom-godt-i-gang-tjekliste", "first-result": "Første resultat" },
        customerActions: {
          "connects-tools": "Forbinder værktøjer",
          "creates-first-project": "Opretter et første projekt",
        },
        frontstage: {
          "onboarding-checklist": "Tjekliste til introduktion",
          "in-app-guides": "Vejledninger i appen",
        },
        backstage: {
          "activation-scoring": "Pointgivning af aktivering",
          "lifecycle-emails": "Livscyklusmails",
        },
        supportProcesses: { "product-analytics": "Produktanalyse", integrations: "Integrationsplatform" },
      },
    },
    team: {
      name: "Udbredelse i teamet",
      goal: "Kolleger tilslutter sig, og produktet bliver den måde, teamet arbejder på.",
      description: "Invitationer, det første samarbejde og daglig brug af flere personer.",
      steps: {
        "invites-colleagues": "Inviterer kolleger",
        "colleagues-join": "Kolleger tilslutter sig arbejdsområdet",
        "works-together": "Teamet samarbejder i produktet",
      },
      painPoints: {
        "invite-lands-in-spam": "Invitationerne havner i spam",
        "no-reason-to-join": "Inviterede kolleger ser ingen grund til at være med",
      },
      opportunities: {
        "invite-with-context": "Inviter til noget konkret, ikke kun til arbejdsområdet",
        "value-for-invitee": "Vis den inviterede kollega, hvad han får ud af det",
      },
      blueprint: {
        physicalEvidence: { "invitation-email": "Invitation på e-mail", "shared-project": "Delt projekt" },
        customerActions: { "sends-invites": "Sender invitationer", comments: "Kommenterer og samarbejder" },
        frontstage: { "invite-dialog": "Invitationsdialog", "shared-views": "Delte visninger" },
        backstage: {
          "domain-matching": "Match af kolleger efter virksomhedsdomæne",
          "collaboration-signals": "Signaler om samarbejde",
        },
        supportProcesses: {
          "email-delivery": "Afsendelse af e-mails",
          "notification-service": "Notifikationstjeneste",
        },
      },
    },
    upgrade: {
      name: "Opgradering",
      goal: "Teamet betaler, fordi produktet er blevet nødvendigt.",
      description:
        "Grænser i planen, argumenterne for at betale, godkendelse og betaling eller en aftale med hjælp fra salg.",
      steps: {
        "hits-plan-limit": "Når en grænse i prøveperioden eller gratisplanen",
        "builds-case": "Opbygger argumenterne for at betale",
        "gets-approval": "Får godkendelse fra budgetansvarlig og IT",
        pays: "Betaler online eller underskriver et tilbud",
      },
      painPoints: {
        "trial-ends-mid-evaluation": "Prøveperioden slutter, før teamet har besluttet sig",
        "procurement-needs": "Indkøb har brug for tilbud, faktura eller leverandørformular",
        "security-review-late": "IT's sikkerhedsgennemgang starter først til allersidst",
      },
      opportunities: {
        "trial-extension": "Forlæng prøveperioden for aktive teams",
        "product-qualified-leads": "Giv aktive konti videre til salg som produktkvalificerede leads",
        "self-serve-invoice": "Tilbud og fakturabetaling uden at tale med salg",
      },
      blueprint: {
        physicalEvidence: { "pricing-page": "Prisside", quote: "Tilbud", invoice: "Faktura" },
        customerActions: {
          "compares-plans": "Sammenligner planer",
          "forwards-quote": "Videresender tilbuddet internt",
        },
        frontstage: { "upgrade-prompt": "Opfordring til opgradering", "sales-rep": "Sælger" },
        backstage: {
          "product-qualified-lead-scoring": "Pointgivning af produktkvalificerede leads",
          "quote-approval": "Godkendelse af tilbud",
        },
        supportProcesses: { "billing-system": "Faktureringssystem", crm: "CRM" },
      },
    },
    expansion: {
      name: "Udvidelse",
      goal: "Kundeforholdet vokser til flere teams med IT's velsignelse.",
      description: "Flere brugere, udrulning i hele virksomheden, års- eller virksomhedsaftaler.",
      steps: {
        "adds-seats": "Tilføjer brugere",
        "rolls-out": "Ruller ud til flere teams",
        "moves-to-annual": "Skifter til en års- eller virksomhedsaftale",
      },
      painPoints: {
        "seat-cost-surprise": "Prisen pr. bruger vokser hurtigere end ventet",
        "enterprise-features-paywalled": "Single sign-on findes kun i den dyreste plan",
      },
      opportunities: {
        "usage-reports-for-buyers": "Brugsrapporter lavet til budgetansvarlige",
        "admin-controls": "Administratorkontroller, der lader IT sige ja",
      },
      blueprint: {
        physicalEvidence: {
          "security-documentation": "Sikkerhedsdokumentation",
          "order-form": "Bestillingsformular",
          "usage-report": "Brugsrapport",
        },
        customerActions: { "reviews-usage": "Gennemgår brugen", "sets-up-sso": "Opsætter single sign-on" },
        frontstage: { "account-manager": "Kundeansvarlig", "admin-console": "Administrationskonsol" },
        backstage: {
          "expansion-signals": "Signaler om udvidelse",
          "renewal-forecast": "Prognose for fornyelser",
        },
        supportProcesses: { crm: "CRM", "trust-centre": "Trust center" },
      },
    },
  },
};
