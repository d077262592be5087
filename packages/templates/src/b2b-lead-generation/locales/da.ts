import type { TemplateMessages } from "../../template/journey-template";
import type { b2bLeadGenerationStructure } from "../structure";

export const da: TemplateMessages<typeof b2bLeadGenerationStructure> = {
  journey: {
    name: "B2B-leadgenerering: fra første søgning til voksende kundeforhold",
    description:
      "En B2B-kunderejse for et gennemtænkt køb (software, udstyr eller services): en indkøbsgruppe beslutter sig over uger eller måneder gennem indhold, formularer, samtaler, møder og referencer. Webdata viser første halvdel; leadstatusser fra CRM sendt til GA4 viser resten.",
  },
  profile: {
    decisionProcess:
      "En indkøbsgruppe beslutter: en bruger, en fortaler, en budgetansvarlig og IT/sikkerhed, hver med vetoret. Processen tager uger eller måneder og er rationel, dokumenteret og risikobevidst.",
    touchpoints:
      "Mange, både digitale og fysiske: søgning, LinkedIn og indhold bringer folk ind; formularer gør dem til leads; samtaler, møder, tilbud og sikkerhedsgennemgange bærer beslutningen.",
    relationship:
      "Langsigtet og bygget på tillid: kontrakten er starten, og kundeforholdet vokser gennem opstart, gennemgange og dokumenteret værdi.",
  },
  teams: {
    marketing: "Marketing",
    "sales-development": "Salgsudvikling",
    sales: "Salg",
    security: "Sikkerhed og compliance",
    "customer-success": "Customer success",
  },
  customEvents: {},
  personas: {
    "end-user": {
      name: "Lars, driftskoordinator",
      role: "Bruger: arbejder med løsningen hver dag",
      description: "Mærker problemet først og afprøver produktet i praksis, men har intet budget selv.",
      quote: "Kræver det flere klik end regnearket, er der ingen, der bruger det.",
      needs: {
        "easy-daily-use": "Et værktøj, der er hurtigt at lære og bruge hver dag",
        "less-manual-work": "Mindre kopiering mellem systemer",
      },
      goals: {
        "fewer-errors": "Færre fejl i det daglige arbejde",
        "time-for-real-work": "Tid til det arbejde, der betyder noget",
      },
      challenges: {
        "no-say-in-budget": "Har intet at skulle have sagt om budgettet",
        "change-fatigue": "Træt af nye systemer, der ikke leverede",
      },
    },
    champion: {
      name: "Ingrid, driftschef",
      role: "Fortaler: driver købet internt",
      description: "Ejer problemet, finder leverandøren og bygger sagen op for resten af indkøbsgruppen.",
      quote: "Jeg skal have noget, jeg kan vise økonomidirektøren på mandag.",
      needs: {
        "business-case-material": "Materiale til business casen: tal, eksempler og en plan",
        "proof-from-peers": "Beviser fra virksomheder, der ligner hendes",
      },
      goals: {
        "solve-team-problem": "Løse teamets problem én gang for alle",
        "visible-success": "En synlig succes, der smitter af på hende",
      },
      challenges: {
        "convince-committee": "Skal overbevise folk med andre prioriteter",
        "own-time": "Driver projektet ved siden af sit daglige arbejde",
      },
    },
    "economic-buyer": {
      name: "Erik, økonomidirektør",
      role: "Budgetansvarlig: godkender budgettet og skriver under",
      description:
        "Møder leverandøren sent, sammenligner investeringen med andre prioriteter og vejer risikoen.",
      quote: "Hvad koster det over tre år, og hvad sker der, hvis det fejler?",
      needs: {
        "clear-roi": "Et afkast, han kan efterprøve",
        "predictable-cost": "Forudsigelige samlede omkostninger uden overraskelser ved fornyelse",
      },
      goals: {
        "return-on-investment": "Et målbart afkast inden for et år",
        "low-risk": "Lav økonomisk og kontraktlig risiko",
      },
      challenges: {
        "many-competing-priorities": "Mange investeringer konkurrerer om det samme budget",
        "vendor-scepticism": "Har set leverandører love for meget",
      },
    },
    "it-security": {
      name: "Sofie, IT-sikkerhedschef",
      role: "IT og sikkerhed: kan stoppe købet",
      description: "Tjekker sikkerhed, databeskyttelse og integrationer, ofte sent og under tidspres.",
      quote: "Send mig dokumentationen før demoen, ikke efter kontrakten.",
      needs: {
        "security-documentation": "Sikkerhedsdokumentation, certificeringer og databehandleraftale",
        "standard-integrations": "Single sign-on og standardintegrationer",
      },
      goals: {
        "no-new-risk": "Ingen ny risiko for sikkerhed eller databeskyttelse",
        "maintainable-landscape": "Et systemlandskab, hendes team kan vedligeholde",
      },
      challenges: {
        "late-involvement": "Bliver inddraget, når beslutningen næsten er truffet",
        "questionnaire-load": "Mange lange sikkerhedsspørgeskemaer",
      },
    },
  },
  touchpoints: {
    search: { name: "Søgning", description: "Sessioner fra organisk og betalt søgning." },
    linkedin: { name: "LinkedIn", description: "Sessioner fra opslag, annoncer og beskeder på LinkedIn." },
    "industry-events": {
      name: "Messer og konferencer",
      description: "Møder på standen, oplæg og middage; følg op inden for få dage.",
    },
    "peer-recommendations": {
      name: "Anbefalinger fra andre",
      description: "Mund-til-mund fra kolleger og netværk: den mest troværdige kilde, og umålt.",
    },
    "first-visit": { name: "Første besøg på websitet", description: "Det første besøg på websitet." },
    "content-hub": {
      name: "Guides og kundecases",
      description: "Artikler, kundecases og downloads som guides og whitepapers.",
    },
    webinars: {
      name: "Webinarer og videoer",
      description: "Optagede webinarer og produktvideoer på websitet.",
    },
    "forms-started": {
      name: "Påbegyndte formularer",
      description: "Kontakt-, demo- og tilbudsformularer, som en besøgende begynder at udfylde.",
    },
    "lead-capture": {
      name: "Indsendte formularer",
      description: "Indsendte anmodninger om kontakt, demo og tilbud.",
    },
    "phone-inquiry": {
      name: "Telefonisk henvendelse",
      description: "Indgående opkald til salg; med opkaldssporing kan de sendes som generate_lead.",
    },
    "crm-lead-status": {
      name: "Leadstatus i CRM",
      description:
        "Leads under behandling, kvalificerede og diskvalificerede, sendt fra CRM til GA4 med Measurement Protocol.",
    },
    "discovery-call": {
      name: "Behovsafklaring",
      description: "Den første samtale for at forstå behov, tidsplan og budget.",
    },
    "nurture-emails": {
      name: "Plejemails",
      description: "Sessioner fra e-mails, der holder leads, som ikke er klar endnu, orienteret.",
    },
    "sales-meetings": {
      name: "Møder og demoer",
      description: "Møder på stedet eller over video med indkøbsgruppen.",
    },
    proposal: { name: "Tilbud og kontrakt", description: "Tilbud, forhandling og elektronisk underskrift." },
    "security-review": {
      name: "Sikkerhedsgennemgang",
      description: "Sikkerhedsspørgeskema, dokumentation og databehandleraftale.",
    },
    "reference-calls": {
      name: "Referencesamtaler",
      description: "Samtaler med eksisterende kunder af samme type.",
    },
    "deal-outcome": {
      name: "Aftale vundet eller tabt",
      description:
        "Udfaldet af salget i CRM, sendt til GA4 som close_convert_lead eller close_unconvert_lead.",
    },
    "kickoff-meeting": { name: "Opstartsmøde", description: "Starten på leverancen, med mål og plan." },
    "customer-portal": {
      name: "Kundeportal",
      description: "Log-ins og guidet opstart i produktet eller portalen.",
    },
    "account-reviews": {
      name: "Kundegennemgange",
      description: "Faste møder, der gennemgår resultater, brug og næste skridt.",
    },
    "customer-community": {
      name: "Kundefællesskab",
      description: "Brugergrupper, fora og kundearrangementer.",
    },
    "expansion-orders": {
      name: "Tillægsbestillinger",
      description: "Tillægsmoduler, flere brugere eller services bestilt online.",
    },
  },
  kpis: {
    "content-engagement-rate": {
      name: "Engagement i indhold",
      description: "Andelen af nye besøgende, der downloader, vælger indhold eller ser en video.",
    },
    "visitor-to-lead-rate": {
      name: "Besøg til lead",
      description: "Andelen af besøgende, der bliver et lead.",
    },
    "form-completion-rate": {
      name: "Gennemførelsesgrad for formularer",
      description: "Andelen af påbegyndte formularer, der sendes.",
    },
    "speed-to-lead": {
      name: "Svartid på leads",
      description: "Median tid fra indsendt formular til første personlige kontakt.",
    },
    "lead-qualification-rate": {
      name: "Kvalificeringsgrad",
      description: "Andelen af leads, der kvalificeres som salgsmuligheder.",
    },
    "win-rate": { name: "Vinderandel", description: "Andelen af kvalificerede salgsmuligheder, der vindes." },
    "sales-cycle-length": {
      name: "Salgscyklussens længde",
      description: "Median antal dage fra kvalificeret lead til underskrevet kontrakt.",
    },
    "time-to-first-value": {
      name: "Tid til første værdi",
      description: "Dage fra underskrift til kundens første aftalte resultat.",
    },
    "onboarding-csat": {
      name: "Tilfredshed med opstarten (CSAT)",
      description: "Andelen, der svarer 4 eller 5 på en 5-punktsskala efter opstarten.",
    },
    "net-revenue-retention": {
      name: "Nettoomsætningsfastholdelse",
      description: "Løbende omsætning fra eksisterende kunder efter 12 måneder i procent af året før.",
    },
    nps: {
      name: "Net Promoter Score",
      description: "Ambassadører minus kritikere blandt kundens brugere og beslutningstagere.",
    },
  },
  stages: {
    awareness: {
      name: "Opmærksomhed",
      goal: "Køberen erkender problemet og ser leverandøren som en troværdig mulighed.",
      description:
        "Problemet bliver synligt; køberen undersøger og hører om leverandører, ofte fra andre i branchen.",
      steps: {
        "recognises-problem": "Erkender et problem, der er værd at løse",
        "hears-of-vendor": "Hører om leverandøren gennem søgning, LinkedIn, et arrangement eller en kollega",
        "first-visit": "Besøger websitet for første gang",
      },
      painPoints: {
        "generic-messaging": "Budskabet lyder som alle andre leverandørers",
        "hard-to-see-fit": "Svært at se, om løsningen passer til køberens branche og størrelse",
      },
      opportunities: {
        "problem-first-content": "Indhold, der tager udgangspunkt i køberens problem, ikke produktet",
        "event-follow-up": "Følg op på samtaler fra arrangementer inden for to arbejdsdage",
      },
      blueprint: {
        physicalEvidence: {
          "trade-fair-stand": "Messestand",
          "linkedin-post": "Opslag eller annonce på LinkedIn",
          "search-result": "Søgeresultat",
        },
        customerActions: {
          "researches-problem": "Undersøger problemet",
          "talks-to-peers": "Spørger andre i branchen",
        },
        frontstage: { website: "Website", "event-staff": "Medarbejdere ved arrangementer" },
        backstage: {
          "content-plan": "Indholds- og kampagneplan",
          "account-targeting": "Liste over målkunder",
        },
        supportProcesses: {
          "marketing-automation": "Marketingautomatisering",
          "ad-platforms": "Annonceplatforme",
        },
      },
    },
    consideration: {
      name: "Overvejelse",
      goal: "Fortaleren forstår, hvordan løsningen løser problemet, og vil gerne tale med leverandøren.",
      description:
        "Indhold, webinarer og sammenligninger; flere i indkøbsgruppen kigger med, for det meste anonymt.",
      steps: {
        "reads-content": "Læser guides og kundecases",
        "watches-webinar": "Ser et webinar eller en produktvideo",
        "compares-vendors": "Sammenligner leverandører på en kortliste",
        "starts-form": "Begynder at udfylde en kontakt- eller demoformular",
      },
      painPoints: {
        "hidden-pricing": "Ingen antydning af pris før en salgssamtale",
        "gated-content": "Nyttigt indhold er låst bag formularer",
        "long-forms": "Lange formularer, der spørger om for meget for tidligt",
      },
      opportunities: {
        "price-ranges": "Offentliggør prisintervaller eller en beregner",
        "ungated-case-studies": "Åbne kundecases; brug formularer til ægte henvendelser",
        "short-forms": "Korte formularer, beriget bagefter",
      },
      blueprint: {
        physicalEvidence: {
          "case-studies": "Kundecases",
          whitepaper: "Guide eller whitepaper",
          "webinar-recording": "Optagelse af webinar",
        },
        customerActions: {
          downloads: "Downloader materiale",
          "shares-internally": "Deler links med kolleger",
        },
        frontstage: { "solution-pages": "Løsningssider", "webinar-host": "Webinarvært" },
        backstage: { "content-production": "Indholdsproduktion", "lead-scoring": "Pointgivning af leads" },
        supportProcesses: { "webinar-platform": "Webinarplatform", cms: "Indholdsstyringssystem" },
      },
    },
    lead: {
      name: "Henvendelse",
      goal: "Køberen beder om kontakt og får et hurtigt og relevant svar.",
      description: "En formular eller et opkald gør en anonym besøgende til et kendt lead.",
      steps: {
        "submits-form": "Sender en anmodning om kontakt, demo eller tilbud",
        "calls-sales": "Eller ringer direkte til salg",
        "gets-confirmation": "Får en bekræftelse med næste skridt",
      },
      painPoints: {
        "slow-response": "Ingen svarer i flere dage",
        "generic-follow-up": "Opfølgningen overser, hvad køberen skrev",
      },
      opportunities: {
        "instant-booking": "Lad køberen booke et møde direkte fra formularen",
        "context-in-crm": "Giv salg de sider og det indhold, leadet har set",
      },
      blueprint: {
        physicalEvidence: {
          "confirmation-page": "Bekræftelsesside",
          "confirmation-email": "Bekræftelse på e-mail",
        },
        customerActions: { "fills-form": "Udfylder formularen", "books-time": "Booker et tidspunkt" },
        frontstage: { "contact-form": "Kontaktformular", "phone-reception": "Omstilling" },
        backstage: {
          "lead-routing": "Fordeling af leads til den rette sælger",
          "duplicate-check": "Dubletkontrol i CRM",
        },
        supportProcesses: { crm: "CRM", "call-tracking": "Opkaldssporing" },
      },
    },
    qualification: {
      name: "Kvalificering",
      goal: "Begge parter bliver enige om, hvorvidt der er et reelt behov, budget og tidspunkt.",
      description:
        "Salgsudvikling arbejder med leadet: kontakt, behovsafklaring, kvalificeret eller diskvalificeret.",
      steps: {
        "discovery-call": "Har en behovsafklaring",
        "shares-needs": "Deler behov, tidsplan og budget",
        "involves-colleagues": "Inddrager kolleger i det næste møde",
      },
      painPoints: {
        "repeated-questions": "Skal gentage de samme oplysninger til flere personer",
        "pushed-too-early": "Bliver presset til et salgsmøde, før hun er klar",
      },
      opportunities: {
        "shared-notes": "Del et kort resumé efter hver samtale",
        "nurture-not-ready": "Pleje leads, der ikke er klar, i stedet for at droppe dem",
      },
      blueprint: {
        physicalEvidence: { "meeting-invitation": "Mødeindkaldelse", "call-summary": "Resumé af samtalen" },
        customerActions: {
          "answers-questions": "Svarer på spørgsmål",
          "shares-internally": "Deler resuméet internt",
        },
        frontstage: { "sales-development-rep": "Salgsudvikler", "nurture-sequence": "Plejemails" },
        backstage: {
          "qualification-criteria": "Kvalificeringskriterier (behov, budget, beføjelse, tidspunkt)",
          "crm-status-sync": "Synkronisering af leadstatus fra CRM",
        },
        supportProcesses: { crm: "CRM", "measurement-protocol": "GA4 Measurement Protocol" },
      },
    },
    decision: {
      name: "Beslutning",
      goal: "Indkøbsgruppen er tryg nok til at skrive under.",
      description: "Demoer, tilbud, sikkerhedsgennemgang og referencer, indtil aftalen er vundet eller tabt.",
      steps: {
        "sees-demo": "Ser en demo tilpasset deres situation",
        "security-review": "Gennemgår sikkerhedsgennemgangen",
        negotiates: "Forhandler om tilbuddet",
        signs: "Skriver under eller vælger en anden løsning",
      },
      painPoints: {
        "committee-stall": "Salget går i stå, når et medlem af indkøbsgruppen aldrig blev inddraget",
        "security-questionnaire": "Sikkerhedsspørgeskemaet tager uger",
        "unclear-proposal": "Tilbuddet er svært at sammenligne med konkurrenterne",
      },
      opportunities: {
        "mutual-action-plan": "En fælles plan med skridt og ansvarlige på begge sider",
        "trust-centre": "Et trust center med sikkerhedsdokumentation klar til deling",
        "roi-calculator": "En afkastberegning lavet sammen med fortaleren",
      },
      blueprint: {
        physicalEvidence: {
          "demo-environment": "Demomiljø",
          "proposal-document": "Tilbud",
          contract: "Kontrakt",
        },
        customerActions: {
          evaluates: "Vurderer muligheder",
          "checks-references": "Tjekker referencer",
          approves: "Godkender",
        },
        frontstage: { "account-executive": "Kundeansvarlig sælger", "solution-engineer": "Løsningsarkitekt" },
        backstage: {
          "pricing-approval": "Godkendelse af rabat og pris",
          "legal-review": "Juridisk gennemgang",
        },
        supportProcesses: {
          "e-signature": "Elektronisk underskrift",
          "trust-documentation": "Sikkerhedsdokumentation",
        },
      },
    },
    onboarding: {
      name: "Opstart",
      goal: "Kunden får hurtigt det første aftalte resultat.",
      description: "Opstartsmøde, opsætning, integration og oplæring.",
      steps: {
        kickoff: "Deltager i opstartsmødet",
        "sets-up": "Sætter op og integrerer",
        "trains-team": "Oplærer teamet",
        "first-result": "Ser det første resultat",
      },
      painPoints: {
        "sales-handover-gap": "Det, der blev lovet i salget, når ikke frem til leveranceteamet",
        "integration-delay": "Integrationer tager længere tid end planlagt",
      },
      opportunities: {
        "handover-document": "En overdragelse med kundens mål og løfter",
        "success-plan": "En succesplan med første resultat og en dato",
      },
      blueprint: {
        physicalEvidence: { "onboarding-plan": "Opstartsplan", "welcome-email": "Velkomstmail" },
        customerActions: { configures: "Konfigurerer løsningen", "invites-users": "Inviterer brugere" },
        frontstage: { "onboarding-manager": "Opstartsansvarlig", "help-centre": "Hjælpecenter" },
        backstage: { provisioning: "Klargøring", "data-migration": "Datamigrering" },
        supportProcesses: { "project-tool": "Projektværktøj", "support-desk": "Support" },
      },
    },
    growth: {
      name: "Kundeudvikling",
      goal: "Kunden ser værdien, fornyer, udvider og anbefaler.",
      description: "Daglig brug, kundegennemgange, udvidelse og referencer.",
      steps: {
        "uses-daily": "Bruger løsningen hver dag",
        "reviews-results": "Gennemgår resultater med leverandøren",
        expands: "Udvider til flere brugere eller produkter",
        recommends: "Anbefaler leverandøren til andre",
      },
      painPoints: {
        "value-not-reported": "Ingen viser den værdi, løsningen leverer",
        "renewal-surprise": "Fornyelsen kommer med en overraskende prisstigning",
      },
      opportunities: {
        "value-reports": "Faste rapporter om resultater i kundens egne tal",
        "customer-advisory-board": "Et kunderåd, der former roadmappen",
      },
      blueprint: {
        physicalEvidence: {
          "business-review-deck": "Præsentation fra kundegennemgangen",
          "usage-report": "Brugsrapport",
        },
        customerActions: {
          "joins-review": "Deltager i kundegennemgangen",
          "gives-feedback": "Giver feedback",
        },
        frontstage: { "customer-success-manager": "Customer success manager", community: "Kundefællesskab" },
        backstage: {
          "health-scoring": "Sundhedsvurdering af kunder",
          "renewal-forecast": "Prognose for fornyelser",
        },
        supportProcesses: { crm: "CRM", "product-analytics": "Produktanalyse" },
      },
    },
  },
};
