import type { TemplateMessages } from "../../template/journey-template";
import type { b2cSubscriptionStructure } from "../structure";

export const nb: TemplateMessages<typeof b2cSubscriptionStructure> = {
  journey: {
    name: "Abonnementsapp: fra gratis prøveperiode til fornyelse, eller en ryddig avskjed",
    description:
      "En B2C-kundereise for en abonnementsapp eller -tjeneste (strømming, trening, måltidskasser, nyheter): gratis prøveperiode, kom i gang, første betaling, fornyelser og oppsigelse. Kjøpsbeslutningen tas på nytt hver periode, så reisen slutter ikke ved første betaling.",
  },
  profile: {
    decisionProcess:
      "Én person, eller en husholdning, bestemmer seg raskt for å prøve og bestemmer seg på nytt ved hver fornyelse; vane og opplevd verdi avgjør, ikke spesifikasjoner.",
    touchpoints:
      "Stort sett digitale og inne i produktet: annonser, appbutikker, selve appen, fakturering og livsløpsmeldinger; kundeservice er den eneste menneskelige kontakten.",
    relationship:
      "Gjentakende, men skjør: kunden kan gå med ett trykk, så forholdet må fortjenes hver periode gjennom bruk, rettferdig fakturering og enkel oppsigelse.",
  },
  teams: {
    marketing: "Markedsføring",
    product: "Produkt",
    billing: "Fakturering",
    "customer-service": "Kundeservice",
    crm: "CRM og kundelojalitet",
  },
  customEvents: {
    trial_start:
      "Sendes når en gratis prøveperiode starter på nett (prøveperioder i appbutikkene rapporteres av butikkene).",
    subscription_renew:
      "Sendes når et nettabonnement fornyes; send purchase bare for første betalte periode, så fornyelser ikke telles som nye kunder.",
    subscription_cancel: "Sendes når kunden bekrefter en oppsigelse på nett eller i appen.",
  },
  personas: {
    mia: {
      name: "Mia, 29",
      role: "Ung yrkesaktiv i byen som vil trene jevnlig",
      description:
        "Laster ned apper på impuls etter et innlegg eller en annonse, og beholder dem som passer inn i uka.",
      quote: "Har jeg ikke brukt den på to uker, sier jeg den opp.",
      needs: {
        "quick-start": "Komme i gang uten et langt spørreskjema",
        "flexible-plan": "Sette på pause eller bytte plan når hverdagen blir travel",
      },
      goals: {
        "build-habit": "Bygge en vane som varer",
        "worth-the-money": "Føle at abonnementet er verdt pengene",
      },
      challenges: {
        "many-subscriptions": "Betaler allerede for mange abonnementer",
        "loses-motivation": "Mister motivasjonen etter de første ukene",
      },
    },
    thomas: {
      name: "Thomas, 52",
      role: "Far i en familie på fire som betaler husholdningens abonnementer",
      description: "Velger tjenester for hele familien og holder øye med kontoutskriften.",
      quote: "Jeg vil vite hva jeg betaler for, og jeg vil kunne stoppe det.",
      needs: {
        "clear-terms": "Tydelig pris og vilkår før han melder seg på",
        "easy-cancellation": "Like enkel oppsigelse som påmelding",
      },
      goals: {
        "family-value": "Noe hele familien bruker",
        "no-surprises": "Ingen overraskende trekk",
      },
      challenges: {
        "forgets-renewal-dates": "Glemmer når prøveperioder og fornyelser løper ut",
        "distrusts-auto-renewal": "Mistror automatisk fornyelse",
      },
    },
  },
  touchpoints: {
    ads: { name: "Betalte annonser", description: "Økter fra betalte søke-, sosiale og displayannonser." },
    "organic-discovery": {
      name: "Organisk søk, sosiale medier og presse",
      description: "Økter fra ubetalt søk, innlegg i sosiale medier og artikler som lenker til tjenesten.",
    },
    "word-of-mouth": {
      name: "Anbefalinger fra venner",
      description: "Venner og familie som bruker tjenesten.",
    },
    "app-store": { name: "Appbutikk", description: "Siden i appbutikken, og første gang appen åpnes." },
    website: { name: "Nettsted", description: "Det første besøket på nettstedet." },
    "sign-up-flow": {
      name: "Registrering og start av prøveperiode",
      description: "Opprettelse av konto og start på den gratis prøveperioden.",
    },
    "welcome-messages": {
      name: "Velkomstmeldinger",
      description: "Velkomst-e-post og de første pushvarslene.",
    },
    "guided-setup": {
      name: "Veiledet oppsett",
      description: "Introduksjonen ved første bruk som tilpasser tjenesten til kunden.",
    },
    "web-checkout": { name: "Betaling på nett", description: "Valg av plan og betaling på nettstedet." },
    "app-store-billing": {
      name: "Betaling i appbutikken",
      description:
        "Kjøp i appen og prøveperioder som App Store eller Google Play gjør om til betalte abonnementer.",
    },
    "renewal-billing": {
      name: "Fornyelser",
      description: "Fornyelser av abonnementet, i appbutikkene og på nett.",
    },
    "billing-messages": {
      name: "Betalingsmeldinger",
      description: "Påminnelser før fornyelse, kvitteringer og varsler om mislykket betaling.",
    },
    "customer-service": {
      name: "Kundeservice-chat",
      description: "Spørsmål om betaling, planer og tjenesten.",
    },
    "cancellation-flow": {
      name: "Oppsigelse",
      description: "Oppsigelse på nett, i appbutikkene, eller avinstallering av appen.",
    },
    refunds: { name: "Refusjoner", description: "Refusjoner på nett og gjennom appbutikkene." },
    "win-back": {
      name: "E-poster for å vinne kunder tilbake",
      description: "Økter fra e-poster som inviterer tidligere abonnenter tilbake.",
    },
  },
  kpis: {
    "visit-to-trial-rate": {
      name: "Besøk til prøveperiode",
      description: "Andelen nye besøkende og appinstallasjoner som starter en prøveperiode.",
    },
    "day-1-return-rate": {
      name: "Retur dag 1",
      description: "Andelen nye prøvebrukere som kommer tilbake dagen etter registrering.",
    },
    "onboarding-completion-rate": {
      name: "Fullført oppsett",
      description: "Andelen prøvebrukere som fullfører det veiledede oppsettet.",
    },
    "trial-to-paid-rate": {
      name: "Prøveperiode til betalende",
      description:
        "Andelen prøveperioder som blir betalte abonnementer (prøveperioder uten kort på forhånd).",
    },
    "monthly-churn-rate": {
      name: "Månedlig frafall",
      description: "Andelen betalende abonnenter som avslutter abonnementet i løpet av en måned.",
    },
    "payment-recovery-rate": {
      name: "Gjenvunne betalinger",
      description: "Andelen mislykkede fornyelsesbetalinger som gjenvinnes innen 14 dager.",
    },
    nps: {
      name: "Net Promoter Score",
      description: "Ambassadører minus kritikere blant betalende abonnenter.",
    },
    "win-back-rate": {
      name: "Tilbakevinningsgrad",
      description: "Andelen tidligere abonnenter som abonnerer igjen innen 6 måneder.",
    },
  },
  stages: {
    awareness: {
      name: "Bevissthet",
      goal: "Kunden forstår hva tjenesten gir, og hva den koster etter prøveperioden.",
      description: "Annonser, anbefalinger og sider i appbutikken, fram til første besøk eller installasjon.",
      steps: {
        "sees-offer": "Ser en annonse eller en anbefaling",
        "reads-reviews": "Leser vurderinger i appbutikken",
        "visits-or-installs": "Besøker nettstedet eller installerer appen",
      },
      painPoints: {
        "unclear-price": "Prisen etter prøveperioden er vanskelig å finne",
        "too-good-to-be-true": "Gratistilbudet føles som en felle",
      },
      opportunities: {
        "price-after-trial-in-ad": "Vis prisen etter prøveperioden ved siden av gratistilbudet",
        "honest-store-page": "Skjermbilder av det ekte produktet og svar på anmeldelser",
      },
      blueprint: {
        physicalEvidence: { ad: "Annonse", "store-page": "Side i appbutikken" },
        customerActions: {
          "watches-ad": "Ser en annonse",
          "compares-plans": "Sammenligner planer og priser",
        },
        frontstage: { "landing-page": "Landingsside", "app-store-listing": "Oppføring i appbutikken" },
        backstage: {
          campaigns: "Kampanjeplanlegging",
          "store-optimisation": "Optimalisering for appbutikken",
        },
        supportProcesses: {
          "ad-platforms": "Annonseplattformer",
          attribution: "Attribusjon av installasjoner",
        },
      },
    },
    trial: {
      name: "Prøveperiode",
      goal: "Kunden starter prøveperioden på et minutt og vet når den slutter.",
      description: "Opprettelse av konto, valg av plan og start på den gratis prøveperioden.",
      steps: {
        "creates-account": "Oppretter en konto",
        "chooses-plan": "Velger en plan",
        "starts-trial": "Starter den gratis prøveperioden",
      },
      painPoints: {
        "card-up-front": "Må oppgi kortopplysninger før hun får prøve",
        "long-sign-up": "Registreringen spør om for mye",
      },
      opportunities: {
        "social-login": "Registrering med en eksisterende konto med ett trykk",
        "trial-end-reminder-promise": "Lov en påminnelse før prøveperioden slutter, og hold løftet",
      },
      blueprint: {
        physicalEvidence: { "welcome-email": "Velkomst-e-post", receipt: "Bekreftelse på prøveperioden" },
        customerActions: { "enters-details": "Fyller inn opplysninger", "accepts-terms": "Godtar vilkårene" },
        frontstage: { "sign-up-screens": "Registreringsskjermer", "plan-picker": "Valg av plan" },
        backstage: {
          "account-creation": "Opprettelse av konto",
          "fraud-screening": "Kontroll mot misbruk av prøveperioder",
        },
        supportProcesses: {
          "identity-provider": "Identitetsleverandør",
          "payment-provider": "Betalingsleverandør",
        },
      },
    },
    onboarding: {
      name: "Kom i gang",
      goal: "Kunden får en første seier i den første økten.",
      description: "Veiledet oppsett, første bruk og starten på en vane.",
      steps: {
        "sets-preferences": "Setter mål og preferanser",
        "first-use": "Bruker tjenesten for første gang",
        "turns-on-reminders": "Slår på påminnelser",
      },
      painPoints: {
        "too-many-questions": "For mange spørsmål før noe skjer",
        "no-early-win": "Ingenting i den første økten føles verdt å betale for",
      },
      opportunities: {
        "first-win-in-five-minutes": "Et første resultat innen fem minutter",
        "personal-plan": "En plan bygget på kundens svar",
      },
      blueprint: {
        physicalEvidence: { "personal-plan": "Personlig plan", "progress-screen": "Fremdriftsskjerm" },
        customerActions: {
          "answers-questions": "Svarer på spørsmål i oppsettet",
          "completes-first-session": "Fullfører en første økt",
        },
        frontstage: { "onboarding-screens": "Introduksjonsskjermer", "push-notifications": "Pushvarsler" },
        backstage: { personalisation: "Personalisering", "lifecycle-messages": "Livsløpsmeldinger" },
        supportProcesses: {
          "product-analytics": "Produktanalyse",
          "messaging-platform": "Meldingsplattform",
        },
      },
    },
    subscription: {
      name: "Abonnement",
      goal: "Kunden velger å betale fordi prøveperioden viste verdien, ikke fordi hun glemte å si opp.",
      description: "Slutten på prøveperioden og den første betalingen.",
      steps: {
        "gets-trial-reminder": "Får en påminnelse før prøveperioden slutter",
        decides: "Bestemmer seg for om hun vil beholde tjenesten",
        "pays-first-period": "Betaler for den første perioden",
      },
      painPoints: {
        "surprise-charge": "Et trekk hun ikke ventet da prøveperioden sluttet",
        "price-jump": "Full pris er mye høyere enn introduksjonstilbudet",
      },
      opportunities: {
        "reminder-before-charge": "En påminnelse tre dager før første trekk",
        "plan-choice-at-conversion": "Tilby måneds- og årsplan når prøveperioden slutter",
      },
      blueprint: {
        physicalEvidence: {
          "reminder-email": "Påminnelse om at prøveperioden slutter",
          "receipt-email": "Kvittering",
        },
        customerActions: { "reviews-plan": "Ser over planen", "confirms-payment": "Bekrefter betalingen" },
        frontstage: { paywall: "Betalingsmur", checkout: "Kasse" },
        backstage: { "billing-run": "Fakturakjøring", "tax-calculation": "Beregning av mva." },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "app-stores": "App Store og Google Play",
        },
      },
    },
    renewal: {
      name: "Fornyelse",
      goal: "Kunden bruker tjenesten jevnlig og fornyer uten friksjon.",
      description: "Jevnlig bruk, varsler før fornyelse, fornyelser og mislykkede betalinger.",
      steps: {
        "uses-regularly": "Bruker tjenesten jevnlig",
        "gets-renewal-notice": "Får et varsel før fornyelse",
        renews: "Fornyer",
      },
      painPoints: {
        "forgotten-subscription": "Betaler for en tjeneste han ikke lenger bruker",
        "failed-payment": "Et utløpt kort stopper tjenesten uten forvarsel",
        "renewal-price-increase": "Prisen stiger ved fornyelse uten en tydelig grunn",
      },
      opportunities: {
        "usage-summary": "En månedlig oppsummering av hva kunden har fått",
        "smart-retries": "Prøv mislykkede betalinger på nytt og be om nytt kort i tide",
        "pause-option": "La kunden sette abonnementet på pause i stedet for å si opp",
      },
      blueprint: {
        physicalEvidence: { "usage-summary": "Bruksoppsummering", "renewal-notice": "Varsel om fornyelse" },
        customerActions: { "uses-service": "Bruker tjenesten", "updates-card": "Oppdaterer kortet" },
        frontstage: { "account-page": "Kontoside", "support-chat": "Kundeservice-chat" },
        backstage: {
          dunning: "Håndtering av mislykkede betalinger",
          "churn-prediction": "Prediksjon av frafall",
        },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "service-platform": "Kundeserviceplattform",
        },
      },
    },
    cancellation: {
      name: "Oppsigelse og tilbakevinning",
      goal: "Det er enkelt og respektfullt å gå, og døren står åpen.",
      description: "Oppsigelse, refusjoner, avinstalleringer og invitasjoner til å komme tilbake.",
      steps: {
        "decides-to-leave": "Bestemmer seg for å slutte",
        cancels: "Sier opp abonnementet",
        "gets-win-back-offer": "Får senere et tilbud om å komme tilbake",
      },
      painPoints: {
        "hidden-cancellation": "Oppsigelsesknappen er gjemt, eller oppsigelse krever en telefonsamtale",
        "pushy-retention": "Flere skjermer med tilbud før oppsigelsen går gjennom",
      },
      opportunities: {
        "one-click-cancel": "Oppsigelse på like få steg som registreringen",
        "exit-survey": "Ett valgfritt spørsmål om hvorfor",
        "return-offer": "Et tilbud om å komme tilbake, tilpasset grunnen til at kunden gikk",
      },
      blueprint: {
        physicalEvidence: {
          "cancellation-confirmation": "Bekreftelse på oppsigelse",
          "win-back-email": "E-post for å vinne kunden tilbake",
        },
        customerActions: {
          "finds-cancel": "Finner oppsigelsen",
          "answers-exit-survey": "Svarer på avslutningsspørsmålet",
        },
        frontstage: {
          "cancellation-screens": "Oppsigelsesskjermer",
          "retention-offer": "Tilbud for å beholde kunden",
        },
        backstage: {
          "exit-reason-analysis": "Analyse av grunner til oppsigelse",
          "win-back-segments": "Segmenter for tilbakevinning",
        },
        supportProcesses: {
          "billing-system": "Abonnementsfaktureringssystem",
          "email-platform": "E-postplattform",
        },
      },
    },
  },
};
