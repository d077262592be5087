import type { TemplateMessages } from "../../template/journey-template";
import type { b2cSubscriptionStructure } from "../structure";

export const da: TemplateMessages<typeof b2cSubscriptionStructure> = {
  journey: {
    name: "Abonnementsapp: fra gratis prøveperiode til fornyelse eller et ordentligt farvel",
    description:
      "En B2C-kunderejse for en abonnementsapp eller -tjeneste (streaming, træning, måltidskasser, nyheder): gratis prøveperiode, opstart, første betaling, fornyelser og opsigelse. Købsbeslutningen træffes igen hver periode, så rejsen slutter ikke ved første betaling.",
  },
  profile: {
    decisionProcess:
      "Én person eller en husstand beslutter hurtigt at prøve og beslutter igen ved hver fornyelse; vane og oplevet værdi afgør det, ikke specifikationer.",
    touchpoints:
      "Overvejende digitale og inde i produktet: annoncer, appbutikker, selve appen, betaling og livscyklusbeskeder; kundeservice er den eneste menneskelige kontakt.",
    relationship:
      "Tilbagevendende, men skrøbelig: kunden kan gå med ét tryk, så forholdet skal gøres fortjent hver periode gennem brug, fair betaling og nem opsigelse.",
  },
  teams: {
    marketing: "Marketing",
    product: "Produkt",
    billing: "Fakturering",
    "customer-service": "Kundeservice",
    crm: "CRM og fastholdelse",
  },
  customEvents: {
    trial_start:
      "Sendes, når en gratis prøveperiode starter på nettet (prøveperioder i appbutikkerne rapporteres af butikkerne).",
    subscription_renew:
      "Sendes, når et webabonnement fornyes; send kun purchase for den første betalte periode, så fornyelser ikke tælles som nye kunder.",
    subscription_cancel: "Sendes, når kunden bekræfter en opsigelse på nettet eller i appen.",
  },
  personas: {
    mia: {
      name: "Mia, 29",
      role: "Ung storbyprofessionel, der vil træne regelmæssigt",
      description:
        "Henter apps på impuls efter et opslag eller en annonce og beholder dem, der passer ind i hendes uge.",
      quote: "Har jeg ikke brugt den i to uger, opsiger jeg den.",
      needs: {
        "quick-start": "Komme i gang uden et langt spørgeskema",
        "flexible-plan": "Sætte på pause eller skifte plan, når hverdagen bliver travl",
      },
      goals: {
        "build-habit": "Opbygge en vane, der holder",
        "worth-the-money": "Føle, at abonnementet er pengene værd",
      },
      challenges: {
        "many-subscriptions": "Betaler allerede for mange abonnementer",
        "loses-motivation": "Mister motivationen efter de første uger",
      },
    },
    thomas: {
      name: "Thomas, 52",
      role: "Far i en familie på fire, der betaler husstandens abonnementer",
      description: "Vælger tjenester til hele familien og holder øje med kontoudtoget.",
      quote: "Jeg vil vide, hvad jeg betaler for, og jeg vil kunne stoppe det.",
      needs: {
        "clear-terms": "Klar pris og klare vilkår, før han tilmelder sig",
        "easy-cancellation": "Opsigelse, der er lige så nem som tilmeldingen",
      },
      goals: {
        "family-value": "Noget, hele familien bruger",
        "no-surprises": "Ingen overraskende træk",
      },
      challenges: {
        "forgets-renewal-dates": "Glemmer, hvornår prøveperioder og fornyelser udløber",
        "distrusts-auto-renewal": "Har mistillid til automatisk fornyelse",
      },
    },
  },
  touchpoints: {
    ads: {
      name: "Betalte annoncer",
      description: "Sessioner fra betalte søge-, sociale og displayannoncer.",
    },
    "organic-discovery": {
      name: "Organisk søgning, sociale medier og presse",
      description:
        "Sessioner fra ubetalt søgning, opslag på sociale medier og artikler, der linker til tjenesten.",
    },
    "word-of-mouth": {
      name: "Anbefalinger fra venner",
      description: "Venner og familie, der bruger tjenesten.",
    },
    "app-store": { name: "Appbutik", description: "Siden i appbutikken og første gang appen åbnes." },
    website: { name: "Website", description: "Det første besøg på websitet." },
    "sign-up-flow": {
      name: "Tilmelding og start af prøveperiode",
      description: "Oprettelse af konto og start på den gratis prøveperiode.",
    },
    "welcome-messages": {
      name: "Velkomstbeskeder",
      description: "Velkomstmail og de første pushbeskeder.",
    },
    "guided-setup": {
      name: "Guidet opsætning",
      description: "Introduktionen ved første brug, der tilpasser tjenesten til kunden.",
    },
    "web-checkout": { name: "Betaling på nettet", description: "Valg af plan og betaling på websitet." },
    "app-store-billing": {
      name: "Betaling i appbutikken",
      description:
        "Køb i appen og prøveperioder, som App Store eller Google Play omdanner til betalte abonnementer.",
    },
    "renewal-billing": {
      name: "Fornyelser",
      description: "Fornyelser af abonnementet i appbutikkerne og på nettet.",
    },
    "billing-messages": {
      name: "Betalingsbeskeder",
      description: "Påmindelser før fornyelse, kvitteringer og besked om mislykket betaling.",
    },
    "customer-service": {
      name: "Kundeservice-chat",
      description: "Spørgsmål om betaling, planer og tjenesten.",
    },
    "cancellation-flow": {
      name: "Opsigelse",
      description: "Opsigelse på nettet, i appbutikkerne eller afinstallation af appen.",
    },
    refunds: { name: "Refusioner", description: "Refusioner på nettet og gennem appbutikkerne." },
    "win-back": {
      name: "Genvindingsmails",
      description: "Sessioner fra e-mails, der inviterer tidligere abonnenter tilbage.",
    },
  },
  kpis: {
    "visit-to-trial-rate": {
      name: "Besøg til prøveperiode",
      description: "Andelen af nye besøgende og appinstallationer, der starter en prøveperiode.",
    },
    "day-1-return-rate": {
      name: "Genbesøg dag 1",
      description: "Andelen af nye prøvebrugere, der vender tilbage dagen efter tilmeldingen.",
    },
    "onboarding-completion-rate": {
      name: "Gennemført opsætning",
      description: "Andelen af prøvebrugere, der gennemfører den guidede opsætning.",
    },
    "trial-to-paid-rate": {
      name: "Prøveperiode til betalende",
      description:
        "Andelen af prøveperioder, der bliver til betalte abonnementer (prøveperioder uden kort på forhånd).",
    },
    "monthly-churn-rate": {
      name: "Månedligt frafald",
      description: "Andelen af betalende abonnenter, der afslutter abonnementet i løbet af en måned.",
    },
    "payment-recovery-rate": {
      name: "Genvundne betalinger",
      description: "Andelen af mislykkede fornyelsesbetalinger, der genvindes inden for 14 dage.",
    },
    nps: {
      name: "Net Promoter Score",
      description: "Ambassadører minus kritikere blandt betalende abonnenter.",
    },
    "win-back-rate": {
      name: "Genvindingsrate",
      description: "Andelen af tidligere abonnenter, der abonnerer igen inden for 6 måneder.",
    },
  },
  stages: {
    awareness: {
      name: "Opmærksomhed",
      goal: "Kunden forstår, hvad tjenesten giver, og hvad den koster efter prøveperioden.",
      description: "Annoncer, anbefalinger og sider i appbutikken frem til første besøg eller installation.",
      steps: {
        "sees-offer": "Ser en annonce eller en anbefaling",
        "reads-reviews": "Læser bedømmelser i appbutikken",
        "visits-or-installs": "Besøger websitet eller installerer appen",
      },
      painPoints: {
        "unclear-price": "Prisen efter prøveperioden er svær at finde",
        "too-good-to-be-true": "Gratistilbuddet føles som en fælde",
      },
      opportunities: {
        "price-after-trial-in-ad": "Vis prisen efter prøveperioden ved siden af gratistilbuddet",
        "honest-store-page": "Skærmbilleder af det rigtige produkt og svar på anmeldelser",
      },
      blueprint: {
        physicalEvidence: { ad: "Annonce", "store-page": "Side i appbutikken" },
        customerActions: {
          "watches-ad": "Ser en annonce",
          "compares-plans": "Sammenligner planer og priser",
        },
        frontstage: { "landing-page": "Landingsside", "app-store-listing": "Opslag i appbutikken" },
        backstage: { campaigns: "Kampagneplanlægning", "store-optimisation": "Optimering til appbutikken" },
        supportProcesses: {
          "ad-platforms": "Annonceplatforme",
          attribution: "Attribution af installationer",
        },
      },
    },
    trial: {
      name: "Prøveperiode",
      goal: "Kunden starter prøveperioden på et minut og ved, hvornår den slutter.",
      description: "Oprettelse af konto, valg af plan og start på den gratis prøveperiode.",
      steps: {
        "creates-account": "Opretter en konto",
        "chooses-plan": "Vælger en plan",
        "starts-trial": "Starter den gratis prøveperiode",
      },
      painPoints: {
        "card-up-front": "Skal oplyse kortoplysninger, før hun kan prøve",
        "long-sign-up": "Tilmeldingen spørger om for meget",
      },
      opportunities: {
        "social-login": "Tilmelding med en eksisterende konto med ét tryk",
        "trial-end-reminder-promise": "Lov en påmindelse, før prøveperioden slutter, og hold løftet",
      },
      blueprint: {
        physicalEvidence: { "welcome-email": "Velkomstmail", receipt: "Bekræftelse på prøveperioden" },
        customerActions: {
          "enters-details": "Udfylder oplysninger",
          "accepts-terms": "Accepterer vilkårene",
        },
        frontstage: { "sign-up-screens": "Tilmeldingsskærme", "plan-picker": "Valg af plan" },
        backstage: {
          "account-creation": "Oprettelse af konto",
          "fraud-screening": "Kontrol mod misbrug af prøveperioder",
        },
        supportProcesses: {
          "identity-provider": "Identitetsudbyder",
          "payment-provider": "Betalingsudbyder",
        },
      },
    },
    onboarding: {
      name: "Opstart",
      goal: "Kunden får en første sejr i den første session.",
      description: "Guidet opsætning, første brug og starten på en vane.",
      steps: {
        "sets-preferences": "Sætter mål og præferencer",
        "first-use": "Bruger tjenesten for første gang",
        "turns-on-reminders": "Slår påmindelser til",
      },
      painPoints: {
        "too-many-questions": "For mange spørgsmål, før der sker noget",
        "no-early-win": "Intet i den første session føles værd at betale for",
      },
      opportunities: {
        "first-win-in-five-minutes": "Et første resultat inden for fem minutter",
        "personal-plan": "En plan bygget på kundens svar",
      },
      blueprint: {
        physicalEvidence: { "personal-plan": "Personlig plan", "progress-screen": "Fremskridtsskærm" },
        customerActions: {
          "answers-questions": "Besvarer spørgsmål i opsætningen",
          "completes-first-session": "Gennemfører en første session",
        },
        frontstage: { "onboarding-screens": "Introduktionsskærme", "push-notifications": "Pushbeskeder" },
        backstage: { personalisation: "Personalisering", "lifecycle-messages": "Livscyklusbeskeder" },
        supportProcesses: { "product-analytics": "Produktanalyse", "messaging-platform": "Beskedplatform" },
      },
    },
    subscription: {
      name: "Abonnement",
      goal: "Kunden vælger at betale, fordi prøveperioden viste værdien, ikke fordi hun glemte at opsige.",
      description: "Slutningen på prøveperioden og den første betaling.",
      steps: {
        "gets-trial-reminder": "Får en påmindelse, før prøveperioden slutter",
        decides: "Beslutter, om hun vil beholde tjenesten",
        "pays-first-period": "Betaler for den første periode",
      },
      painPoints: {
        "surprise-charge": "Et træk, hun ikke havde ventet, da prøveperioden sluttede",
        "price-jump": "Den fulde pris er meget højere end introduktionstilbuddet",
      },
      opportunities: {
        "reminder-before-charge": "En påmindelse tre dage før første træk",
        "plan-choice-at-conversion": "Tilbyd måneds- og årsplan, når prøveperioden slutter",
      },
      blueprint: {
        physicalEvidence: {
          "reminder-email": "Påmindelse om, at prøveperioden slutter",
          "receipt-email": "Kvittering",
        },
        customerActions: { "reviews-plan": "Gennemser planen", "confirms-payment": "Bekræfter betalingen" },
        frontstage: { paywall: "Betalingsmur", checkout: "Kasse" },
        backstage: { "billing-run": "Fakturakørsel", "tax-calculation": "Beregning af moms" },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "app-stores": "App Store og Google Play",
        },
      },
    },
    renewal: {
      name: "Fornyelse",
      goal: "Kunden bruger tjenesten regelmæssigt og fornyer uden gnidninger.",
      description: "Regelmæssig brug, besked før fornyelse, fornyelser og mislykkede betalinger.",
      steps: {
        "uses-regularly": "Bruger tjenesten regelmæssigt",
        "gets-renewal-notice": "Får besked før fornyelse",
        renews: "Fornyer",
      },
      painPoints: {
        "forgotten-subscription": "Betaler for en tjeneste, han ikke længere bruger",
        "failed-payment": "Et udløbet kort stopper tjenesten uden varsel",
        "renewal-price-increase": "Prisen stiger ved fornyelse uden en klar grund",
      },
      opportunities: {
        "usage-summary": "En månedlig opsummering af, hvad kunden har fået",
        "smart-retries": "Prøv mislykkede betalinger igen, og bed om et nyt kort i tide",
        "pause-option": "Lad kunden sætte abonnementet på pause i stedet for at opsige det",
      },
      blueprint: {
        physicalEvidence: { "usage-summary": "Brugsopsummering", "renewal-notice": "Besked om fornyelse" },
        customerActions: { "uses-service": "Bruger tjenesten", "updates-card": "Opdaterer kortet" },
        frontstage: { "account-page": "Kontoside", "support-chat": "Kundeservice-chat" },
        backstage: {
          dunning: "Håndtering af mislykkede betalinger",
          "churn-prediction": "Forudsigelse af frafald",
        },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "service-platform": "Kundeserviceplatform",
        },
      },
    },
    cancellation: {
      name: "Opsigelse og genvinding",
      goal: "Det er nemt og respektfuldt at gå, og døren står åben.",
      description: "Opsigelse, refusioner, afinstallationer og invitationer til at komme tilbage.",
      steps: {
        "decides-to-leave": "Beslutter sig for at stoppe",
        cancels: "Opsiger abonnementet",
        "gets-win-back-offer": "Får senere et tilbud om at komme tilbage",
      },
      painPoints: {
        "hidden-cancellation": "Opsigelsesknappen er gemt, eller opsigelse kræver et telefonopkald",
        "pushy-retention": "Flere skærme med tilbud, før opsigelsen går igennem",
      },
      opportunities: {
        "one-click-cancel": "Opsigelse i lige så få trin som tilmeldingen",
        "exit-survey": "Ét valgfrit spørgsmål om hvorfor",
        "return-offer": "Et tilbud om at komme tilbage, tilpasset årsagen til, at kunden gik",
      },
      blueprint: {
        physicalEvidence: {
          "cancellation-confirmation": "Bekræftelse på opsigelse",
          "win-back-email": "Genvindingsmail",
        },
        customerActions: {
          "finds-cancel": "Finder opsigelsen",
          "answers-exit-survey": "Besvarer afslutningsspørgsmålet",
        },
        frontstage: { "cancellation-screens": "Opsigelsesskærme", "retention-offer": "Fastholdelsestilbud" },
        backstage: {
          "exit-reason-analysis": "Analyse af årsager til opsigelse",
          "win-back-segments": "Genvindingssegmenter",
        },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "email-platform": "E-mailplatform",
        },
      },
    },
  },
};
