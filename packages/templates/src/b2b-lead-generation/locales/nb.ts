import type { TemplateMessages } from "../../template/journey-template";
import type { b2bLeadGenerationStructure } from "../structure";

export const nb: TemplateMessages<typeof b2bLeadGenerationStructure> = {
  journey: {
    name: "B2B-leadgenerering: fra første søk til voksende kundeforhold",
    description:
      "En B2B-kundereise for et gjennomtenkt kjøp (programvare, utstyr eller tjenester): en innkjøpsgruppe bestemmer seg over uker eller måneder, gjennom innhold, skjemaer, samtaler, møter og referanser. Nettdataene viser første halvdel; leadstatuser fra CRM sendt til GA4 viser resten.",
  },
  profile: {
    decisionProcess:
      "En innkjøpsgruppe bestemmer: en bruker, en pådriver, en budsjettansvarlig og IT/sikkerhet, hver med vetorett. Prosessen tar uker eller måneder og er rasjonell, dokumentert og risikobevisst.",
    touchpoints:
      "Mange, både digitale og fysiske: søk, LinkedIn og innhold bringer folk inn; skjemaer gjør dem til leads; samtaler, møter, tilbud og sikkerhetsgjennomganger bærer beslutningen.",
    relationship:
      "Langsiktig og bygget på tillit: kontrakten er starten, og kundeforholdet vokser gjennom oppstart, gjennomganger og dokumentert verdi.",
  },
  teams: {
    marketing: "Markedsføring",
    "sales-development": "Salgsutvikling",
    sales: "Salg",
    security: "Sikkerhet og etterlevelse",
    "customer-success": "Kundesuksess",
  },
  customEvents: {},
  personas: {
    "end-user": {
      name: "Lars, driftskoordinator",
      role: "Bruker: jobber med løsningen hver dag",
      description: "Kjenner problemet først og tester produktet i praksis, men har ikke eget budsjett.",
      quote: "Krever det flere klikk enn regnearket, kommer ingen til å bruke det.",
      needs: {
        "easy-daily-use": "Et verktøy som er raskt å lære og bruke hver dag",
        "less-manual-work": "Mindre kopiering mellom systemer",
      },
      goals: {
        "fewer-errors": "Færre feil i det daglige arbeidet",
        "time-for-real-work": "Tid til arbeidet som betyr noe",
      },
      challenges: {
        "no-say-in-budget": "Har ikke noe å si over budsjettet",
        "change-fatigue": "Lei av nye systemer som ikke leverte",
      },
    },
    champion: {
      name: "Ingrid, driftssjef",
      role: "Pådriver: driver kjøpet internt",
      description: "Eier problemet, finner leverandøren og bygger saken for resten av innkjøpsgruppen.",
      quote: "Jeg trenger noe jeg kan vise økonomisjefen på mandag.",
      needs: {
        "business-case-material": "Underlag til business case: tall, eksempler og en plan",
        "proof-from-peers": "Bevis fra virksomheter som ligner hennes",
      },
      goals: {
        "solve-team-problem": "Løse teamets problem for godt",
        "visible-success": "En synlig suksess som reflekterer godt på henne",
      },
      challenges: {
        "convince-committee": "Må overbevise folk med andre prioriteringer",
        "own-time": "Driver prosjektet ved siden av den vanlige jobben",
      },
    },
    "economic-buyer": {
      name: "Erik, økonomisjef",
      role: "Budsjettansvarlig: godkjenner budsjettet og signerer",
      description:
        "Møter leverandøren sent, sammenligner investeringen med andre prioriteringer og veier risikoen.",
      quote: "Hva koster det over tre år, og hva skjer hvis det feiler?",
      needs: {
        "clear-roi": "En avkastning han kan etterprøve",
        "predictable-cost": "Forutsigbar totalkostnad, uten overraskelser ved fornyelse",
      },
      goals: {
        "return-on-investment": "Målbar avkastning innen et år",
        "low-risk": "Lav økonomisk og kontraktsmessig risiko",
      },
      challenges: {
        "many-competing-priorities": "Mange investeringer konkurrerer om det samme budsjettet",
        "vendor-scepticism": "Har sett leverandører love for mye",
      },
    },
    "it-security": {
      name: "Sofie, IT-sikkerhetsleder",
      role: "IT og sikkerhet: kan stoppe kjøpet",
      description: "Sjekker sikkerhet, personvern og integrasjoner, ofte sent og under tidspress.",
      quote: "Send meg dokumentasjonen før demoen, ikke etter kontrakten.",
      needs: {
        "security-documentation": "Sikkerhetsdokumentasjon, sertifiseringer og databehandleravtale",
        "standard-integrations": "Enkel pålogging (SSO) og standardintegrasjoner",
      },
      goals: {
        "no-new-risk": "Ingen ny risiko for sikkerhet eller personvern",
        "maintainable-landscape": "Et systemlandskap teamet hennes kan forvalte",
      },
      challenges: {
        "late-involvement": "Blir tatt med når beslutningen nesten er tatt",
        "questionnaire-load": "Mange lange sikkerhetsspørreskjemaer",
      },
    },
  },
  touchpoints: {
    search: { name: "Søk", description: "Økter fra organisk og betalt søk." },
    linkedin: { name: "LinkedIn", description: "Økter fra innlegg, annonser og meldinger på LinkedIn." },
    "industry-events": {
      name: "Messer og konferanser",
      description: "Møter på standen, foredrag og middager; følg opp innen få dager.",
    },
    "peer-recommendations": {
      name: "Anbefalinger fra andre",
      description: "Muntlige anbefalinger fra kolleger og nettverk: den mest troverdige kilden, og umålt.",
    },
    "first-visit": { name: "Første besøk på nettstedet", description: "Det første besøket på nettstedet." },
    "content-hub": {
      name: "Veiledninger og kundecaser",
      description: "Artikler, kundecaser og nedlastinger som veiledninger og fagnotater.",
    },
    webinars: {
      name: "Webinarer og videoer",
      description: "Opptak av webinarer og produktvideoer på nettstedet.",
    },
    "forms-started": {
      name: "Påbegynte skjemaer",
      description: "Kontakt-, demo- og tilbudsskjemaer som en besøkende begynner å fylle ut.",
    },
    "lead-capture": {
      name: "Innsendte skjemaer",
      description: "Innsendte forespørsler om kontakt, demo og tilbud.",
    },
    "phone-inquiry": {
      name: "Telefonhenvendelse",
      description: "Innkommende samtaler til salg; med samtalesporing kan de sendes som generate_lead.",
    },
    "crm-lead-status": {
      name: "Leadstatus i CRM",
      description:
        "Leads under arbeid, kvalifiserte og diskvalifiserte, sendt fra CRM til GA4 med Measurement Protocol.",
    },
    "discovery-call": {
      name: "Behovsavklaring",
      description: "Den første samtalen for å forstå behov, tidsplan og budsjett.",
    },
    "nurture-emails": {
      name: "Oppfølgings-e-poster",
      description: "Økter fra e-poster som holder leads som ikke er klare ennå, oppdatert.",
    },
    "sales-meetings": {
      name: "Møter og demoer",
      description: "Møter på stedet eller på video med innkjøpsgruppen.",
    },
    proposal: { name: "Tilbud og kontrakt", description: "Tilbud, forhandling og elektronisk signatur." },
    "security-review": {
      name: "Sikkerhetsgjennomgang",
      description: "Sikkerhetsspørreskjema, dokumentasjon og databehandleravtale.",
    },
    "reference-calls": {
      name: "Referansesamtaler",
      description: "Samtaler med eksisterende kunder av samme type.",
    },
    "deal-outcome": {
      name: "Avtale vunnet eller tapt",
      description:
        "Utfallet av salget i CRM, sendt til GA4 som close_convert_lead eller close_unconvert_lead.",
    },
    "kickoff-meeting": { name: "Oppstartsmøte", description: "Starten på leveransen, med mål og plan." },
    "customer-portal": {
      name: "Kundeportal",
      description: "Pålogginger og veiledet oppstart i produktet eller portalen.",
    },
    "account-reviews": {
      name: "Kundegjennomganger",
      description: "Faste møter som går gjennom resultater, bruk og neste steg.",
    },
    "customer-community": {
      name: "Kundefellesskap",
      description: "Brukergrupper, forum og kundearrangementer.",
    },
    "expansion-orders": {
      name: "Tilleggsbestillinger",
      description: "Tilleggsmoduler, flere brukere eller tjenester bestilt på nett.",
    },
  },
  kpis: {
    "content-engagement-rate": {
      name: "Engasjement i innhold",
      description: "Andelen nye besøkende som laster ned, velger innhold eller ser en video.",
    },
    "visitor-to-lead-rate": {
      name: "Besøk til lead",
      description: "Andelen besøkende som blir en lead.",
    },
    "form-completion-rate": {
      name: "Fullføringsgrad for skjemaer",
      description: "Andelen påbegynte skjemaer som sendes inn.",
    },
    "speed-to-lead": {
      name: "Responstid på leads",
      description: "Median tid fra innsendt skjema til første personlige kontakt.",
    },
    "lead-qualification-rate": {
      name: "Kvalifiseringsgrad",
      description: "Andelen leads som kvalifiseres som salgsmuligheter.",
    },
    "win-rate": { name: "Vinnerandel", description: "Andelen kvalifiserte salgsmuligheter som vinnes." },
    "sales-cycle-length": {
      name: "Salgssyklusens lengde",
      description: "Median antall dager fra kvalifisert lead til signert kontrakt.",
    },
    "time-to-first-value": {
      name: "Tid til første verdi",
      description: "Dager fra signering til kundens første avtalte resultat.",
    },
    "onboarding-csat": {
      name: "Tilfredshet med oppstarten (CSAT)",
      description: "Andelen som svarer 4 eller 5 på en femdelt skala etter oppstarten.",
    },
    "net-revenue-retention": {
      name: "Netto inntektsbevaring",
      description: "Løpende inntekt fra eksisterende kunder etter 12 måneder, i prosent av året før.",
    },
    nps: {
      name: "Net Promoter Score",
      description: "Ambassadører minus kritikere blant kundens brukere og beslutningstakere.",
    },
  },
  stages: {
    awareness: {
      name: "Bevissthet",
      goal: "Kjøperen erkjenner problemet og ser leverandøren som et troverdig alternativ.",
      description:
        "Problemet blir synlig; kjøperen undersøker og hører om leverandører, ofte fra andre i bransjen.",
      steps: {
        "recognises-problem": "Erkjenner et problem som er verdt å løse",
        "hears-of-vendor": "Hører om leverandøren gjennom søk, LinkedIn, et arrangement eller en kollega",
        "first-visit": "Besøker nettstedet for første gang",
      },
      painPoints: {
        "generic-messaging": "Budskapet høres ut som alle andre leverandørers",
        "hard-to-see-fit": "Vanskelig å se om løsningen passer kjøperens bransje og størrelse",
      },
      opportunities: {
        "problem-first-content": "Innhold som starter med kjøperens problem, ikke produktet",
        "event-follow-up": "Følg opp samtaler fra arrangementer innen to arbeidsdager",
      },
      blueprint: {
        physicalEvidence: {
          "trade-fair-stand": "Messestand",
          "linkedin-post": "Innlegg eller annonse på LinkedIn",
          "search-result": "Søketreff",
        },
        customerActions: {
          "researches-problem": "Undersøker problemet",
          "talks-to-peers": "Spør andre i bransjen",
        },
        frontstage: { website: "Nettsted", "event-staff": "Ansatte på arrangementer" },
        backstage: {
          "content-plan": "Innholds- og kampanjeplan",
          "account-targeting": "Liste over målkunder",
        },
        supportProcesses: {
          "marketing-automation": "Markedsføringsautomasjon",
          "ad-platforms": "Annonseplattformer",
        },
      },
    },
    consideration: {
      name: "Vurdering",
      goal: "Pådriveren forstår hvordan løsningen løser problemet, og vil snakke med leverandøren.",
      description: "Innhold, webinarer og sammenligninger; flere i innkjøpsgruppen ser, stort sett anonymt.",
      steps: {
        "reads-content": "Leser veiledninger og kundecaser",
        "watches-webinar": "Ser et webinar eller en produktvideo",
        "compares-vendors": "Sammenligner leverandører på en kortliste",
        "starts-form": "Begynner å fylle ut et kontakt- eller demoskjema",
      },
      painPoints: {
        "hidden-pricing": "Ingen antydning om pris før en salgssamtale",
        "gated-content": "Nyttig innhold er låst bak skjemaer",
        "long-forms": "Lange skjemaer som spør om for mye for tidlig",
      },
      opportunities: {
        "price-ranges": "Publiser prisintervaller eller en kalkulator",
        "ungated-case-studies": "Åpne kundecaser; bruk skjemaer til ekte forespørsler",
        "short-forms": "Korte skjemaer, beriket i etterkant",
      },
      blueprint: {
        physicalEvidence: {
          "case-studies": "Kundecaser",
          whitepaper: "Veiledning eller fagnotat",
          "webinar-recording": "Opptak av webinar",
        },
        customerActions: {
          downloads: "Laster ned materiell",
          "shares-internally": "Deler lenker med kolleger",
        },
        frontstage: { "solution-pages": "Løsningssider", "webinar-host": "Webinarvert" },
        backstage: { "content-production": "Innholdsproduksjon", "lead-scoring": "Poengsetting av leads" },
        supportProcesses: { "webinar-platform": "Webinarplattform", cms: "Publiseringsløsning" },
      },
    },
    lead: {
      name: "Henvendelse",
      goal: "Kjøperen ber om kontakt og får et raskt og relevant svar.",
      description: "Et skjema eller en samtale gjør en anonym besøkende til en kjent lead.",
      steps: {
        "submits-form": "Sender inn en forespørsel om kontakt, demo eller tilbud",
        "calls-sales": "Eller ringer salg direkte",
        "gets-confirmation": "Får en bekreftelse med neste steg",
      },
      painPoints: {
        "slow-response": "Ingen svarer på flere dager",
        "generic-follow-up": "Oppfølgingen overser det kjøperen skrev",
      },
      opportunities: {
        "instant-booking": "La kjøperen booke et møte rett fra skjemaet",
        "context-in-crm": "Gi salg sidene og innholdet leaden har sett",
      },
      blueprint: {
        physicalEvidence: {
          "confirmation-page": "Bekreftelsesside",
          "confirmation-email": "Bekreftelse på e-post",
        },
        customerActions: { "fills-form": "Fyller ut skjemaet", "books-time": "Booker et tidspunkt" },
        frontstage: { "contact-form": "Kontaktskjema", "phone-reception": "Sentralbord" },
        backstage: {
          "lead-routing": "Fordeling av leads til riktig selger",
          "duplicate-check": "Dublettkontroll i CRM",
        },
        supportProcesses: { crm: "CRM", "call-tracking": "Samtalesporing" },
      },
    },
    qualification: {
      name: "Kvalifisering",
      goal: "Begge parter blir enige om det finnes et reelt behov, budsjett og tidspunkt.",
      description:
        "Salgsutvikling jobber med leaden: kontakt, behovsavklaring, kvalifisert eller diskvalifisert.",
      steps: {
        "discovery-call": "Har en behovsavklaring",
        "shares-needs": "Deler behov, tidsplan og budsjett",
        "involves-colleagues": "Tar med kolleger i neste møte",
      },
      painPoints: {
        "repeated-questions": "Må gjenta den samme informasjonen til flere personer",
        "pushed-too-early": "Blir presset til et salgsmøte før hun er klar",
      },
      opportunities: {
        "shared-notes": "Del et kort sammendrag etter hver samtale",
        "nurture-not-ready": "Følg opp leads som ikke er klare, i stedet for å slippe dem",
      },
      blueprint: {
        physicalEvidence: {
          "meeting-invitation": "Møteinnkalling",
          "call-summary": "Sammendrag av samtalen",
        },
        customerActions: {
          "answers-questions": "Svarer på spørsmål",
          "shares-internally": "Deler sammendraget internt",
        },
        frontstage: { "sales-development-rep": "Salgsutvikler", "nurture-sequence": "Oppfølgings-e-poster" },
        backstage: {
          "qualification-criteria": "Kvalifiseringskriterier (behov, budsjett, myndighet, tidspunkt)",
          "crm-status-sync": "Synkronisering av leadstatus fra CRM",
        },
        supportProcesses: { crm: "CRM", "measurement-protocol": "GA4 Measurement Protocol" },
      },
    },
    decision: {
      name: "Beslutning",
      goal: "Innkjøpsgruppen er trygg nok til å signere.",
      description: "Demoer, tilbud, sikkerhetsgjennomgang og referanser, til avtalen er vunnet eller tapt.",
      steps: {
        "sees-demo": "Ser en demo tilpasset deres situasjon",
        "security-review": "Går gjennom sikkerhetsgjennomgangen",
        negotiates: "Forhandler om tilbudet",
        signs: "Signerer, eller velger et annet alternativ",
      },
      painPoints: {
        "committee-stall": "Salget stopper opp når et medlem av innkjøpsgruppen aldri ble involvert",
        "security-questionnaire": "Sikkerhetsspørreskjemaet tar uker",
        "unclear-proposal": "Tilbudet er vanskelig å sammenligne med konkurrentene",
      },
      opportunities: {
        "mutual-action-plan": "En felles plan med steg og ansvarlige på begge sider",
        "trust-centre": "Et tillitssenter med sikkerhetsdokumentasjon klar til deling",
        "roi-calculator": "En avkastningsberegning laget sammen med pådriveren",
      },
      blueprint: {
        physicalEvidence: {
          "demo-environment": "Demomiljø",
          "proposal-document": "Tilbud",
          contract: "Kontrakt",
        },
        customerActions: {
          evaluates: "Vurderer alternativer",
          "checks-references": "Sjekker referanser",
          approves: "Godkjenner",
        },
        frontstage: { "account-executive": "Kundeansvarlig selger", "solution-engineer": "Løsningsarkitekt" },
        backstage: {
          "pricing-approval": "Godkjenning av rabatt og pris",
          "legal-review": "Juridisk gjennomgang",
        },
        supportProcesses: {
          "e-signature": "Elektronisk signatur",
          "trust-documentation": "Sikkerhetsdokumentasjon",
        },
      },
    },
    onboarding: {
      name: "Oppstart",
      goal: "Kunden får det første avtalte resultatet raskt.",
      description: "Oppstartsmøte, oppsett, integrasjon og opplæring.",
      steps: {
        kickoff: "Deltar på oppstartsmøtet",
        "sets-up": "Setter opp og integrerer",
        "trains-team": "Lærer opp teamet",
        "first-result": "Ser det første resultatet",
      },
      painPoints: {
        "sales-handover-gap": "Det som ble lovet i salget, når ikke fram til leveranseteamet",
        "integration-delay": "Integrasjoner tar lengre tid enn planlagt",
      },
      opportunities: {
        "handover-document": "En overlevering med kundens mål og løfter",
        "success-plan": "En suksessplan med første resultat og en dato",
      },
      blueprint: {
        physicalEvidence: { "onboarding-plan": "Oppstartsplan", "welcome-email": "Velkomst-e-post" },
        customerActions: { configures: "Konfigurerer løsningen", "invites-users": "Inviterer brukere" },
        frontstage: { "onboarding-manager": "Oppstartsansvarlig", "help-centre": "Hjelpesenter" },
        backstage: { provisioning: "Klargjøring", "data-migration": "Datamigrering" },
        supportProcesses: { "project-tool": "Prosjektverktøy", "support-desk": "Brukerstøtte" },
      },
    },
    growth: {
      name: "Kundeutvikling",
      goal: "Kunden ser verdien, fornyer, utvider og anbefaler.",
      description: "Daglig bruk, kundegjennomganger, utvidelse og referanser.",
      steps: {
        "uses-daily": "Bruker løsningen hver dag",
        "reviews-results": "Går gjennom resultater med leverandøren",
        expands: "Utvider til flere brukere eller produkter",
        recommends: "Anbefaler leverandøren til andre",
      },
      painPoints: {
        "value-not-reported": "Ingen viser verdien løsningen leverer",
        "renewal-surprise": "Fornyelsen kommer med en overraskende prisøkning",
      },
      opportunities: {
        "value-reports": "Faste rapporter om resultater i kundens egne tall",
        "customer-advisory-board": "Et kunderåd som former veikartet",
      },
      blueprint: {
        physicalEvidence: {
          "business-review-deck": "Presentasjon fra kundegjennomgangen",
          "usage-report": "Bruksrapport",
        },
        customerActions: {
          "joins-review": "Deltar i kundegjennomgangen",
          "gives-feedback": "Gir tilbakemeldinger",
        },
        frontstage: { "customer-success-manager": "Kundesuksessansvarlig", community: "Kundefellesskap" },
        backstage: {
          "health-scoring": "Helsevurdering av kunder",
          "renewal-forecast": "Prognose for fornyelser",
        },
        supportProcesses: { crm: "CRM", "product-analytics": "Produktanalyse" },
      },
    },
  },
};
