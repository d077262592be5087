import type { TemplateMessages } from "../../template/journey-template";
import type { b2cEcommerceStructure } from "../structure";

export const nb: TemplateMessages<typeof b2cEcommerceStructure> = {
  journey: {
    name: "Nettbutikk: fra første besøk til lojal kunde",
    description:
      "En B2C-kundereise i netthandel: én person bestemmer seg raskt, oftest på mobilen, gjennom noen få digitale kontaktpunkter med nettbutikken og sosiale medier i sentrum. Start her, og bytt ut antakelsene med egen innsikt og GA4-data.",
  },
  profile: {
    decisionProcess:
      "Én person bestemmer, ofte i løpet av ett besøk eller noen få dager; følelser, pris og bekvemmelighet veier tyngre enn spesifikasjoner.",
    touchpoints:
      "Få og stort sett digitale: annonser, sosiale medier og søk bringer folk inn, nettbutikken bærer beslutningen, og pakken er det eneste fysiske kontaktpunktet.",
    relationship:
      "Transaksjonell og lett å forlate: lojalitet vinnes kjøp for kjøp gjennom levering, retur og relevante tilbud.",
  },
  teams: {
    marketing: "Markedsføring",
    ecommerce: "Netthandel",
    logistics: "Logistikk",
    "customer-service": "Kundeservice",
    crm: "CRM og lojalitet",
  },
  customEvents: {
    support_chat_start: "Sendes når kunden starter en samtale i kundeservice-chatten.",
    write_review:
      "Sendes når kunden sender inn en produktanmeldelse på nettstedet eller via forespørselen om anmeldelse.",
  },
  personas: {
    kari: {
      name: "Kari, 35",
      role: "Yrkesaktiv småbarnsmor med to barn",
      description:
        "Handler for familien på mobilen i korte økter, og setter fart og trygghet foran laveste pris.",
      quote: "Jeg handler de ti minuttene etter at barna har sovnet.",
      needs: {
        "total-price-early": "Se totalprisen med frakt før kassen",
        "familiar-payment": "Betale med en metode hun stoler på, for eksempel Vipps, med ett trykk",
        "reliable-delivery": "En leveringsdato hun kan planlegge etter",
      },
      goals: {
        "fast-safe-purchase": "Et raskt og trygt netthandelskjøp",
        "good-value": "God kvalitet for pengene, uten å jakte på tilbud",
      },
      challenges: {
        "little-time": "Lite tid, ofte avbrutt",
        "hidden-costs": "Stoler ikke på butikker som viser kostnadene sent",
      },
    },
    jonas: {
      name: "Jonas, 23",
      role: "Student med deltidsjobb",
      description:
        "Oppdager produkter gjennom innholdsskapere i sosiale medier og sammenligner priser før han kjøper.",
      quote: "Hvis det er billigere et annet sted, finner jeg det.",
      needs: {
        "honest-reviews": "Ærlige anmeldelser og bilder fra ekte kjøpere",
        "free-returns": "Gratis og enkel retur",
      },
      goals: {
        "best-price": "Den beste prisen for det han vil ha",
        "discover-trends": "Finne ting vennene ikke har sett ennå",
      },
      challenges: {
        "tight-budget": "Stramt månedsbudsjett",
        "choice-overload": "For mange like produkter å velge mellom",
      },
    },
  },
  touchpoints: {
    "paid-ads": {
      name: "Betalte søke- og displayannonser",
      description: "Økter som starter med et betalt klikk (cpc, ppc, display).",
    },
    "social-media": {
      name: "Sosiale medier",
      description: "Økter fra Instagram, TikTok, Facebook og andre sosiale nettverk, organisk eller betalt.",
    },
    "organic-search": { name: "Organisk søk", description: "Økter som starter fra et ubetalt søkeresultat." },
    "first-visit": {
      name: "Første besøk",
      description: "Første besøk i nettbutikken eller første gang appen åpnes.",
    },
    "product-listings": {
      name: "Kategorisider og kampanjer",
      description: "Produktlister, kampanjer og produktene som velges fra dem.",
    },
    "product-page": {
      name: "Produktside",
      description: "Produktdetaljer og produkter lagret i ønskelisten.",
    },
    "site-search": { name: "Søk i nettbutikken", description: "Søk i butikken og søkeresultatsidene." },
    "reviews-comparison": {
      name: "Anmeldelses- og prissammenligningstjenester",
      description: "Trustpilot, Prisjakt og forum: utenfor GA4-dataene dine, men en del av beslutningen.",
    },
    cart: { name: "Handlekurv", description: "Legge til, fjerne og se produkter i handlekurven." },
    checkout: { name: "Kasse", description: "Levering, betaling og fullført bestilling." },
    "order-updates": {
      name: "Ordre- og forsendelsesmeldinger",
      description: "Ordrebekreftelse, forsendelses- og sporingsmeldinger på e-post og SMS.",
    },
    delivery: { name: "Pakkelevering", description: "Hjemlevering, pakkeboks eller hentested." },
    "customer-service": { name: "Kundeservice-chat", description: "Spørsmål om ordre, levering og retur." },
    returns: { name: "Retur og refusjon", description: "Returportalen og tilbakebetalingen." },
    "loyalty-club": { name: "Kundeklubb", description: "Medlemskap med medlemspriser og bonuspoeng." },
    newsletter: {
      name: "Nyhetsbrev",
      description: "Økter som starter fra et nyhetsbrev eller en kampanje-e-post.",
    },
    "reviews-referrals": {
      name: "Anmeldelser og anbefalinger",
      description: "Produktanmeldelser og vervelenker som deles med venner.",
    },
  },
  kpis: {
    "product-view-rate": {
      name: "Andel som ser et produkt",
      description: "Andelen nye besøkende som ser minst ett produkt.",
    },
    "add-to-cart-rate": {
      name: "Legg i handlekurv-rate",
      description: "Andelen kunder som ser et produkt og legger et i handlekurven.",
    },
    "cart-abandonment": {
      name: "Forlatte handlekurver",
      description: "Andelen kunder som legger i handlekurven, men ikke fullfører kjøpet.",
    },
    "checkout-conversion": {
      name: "Konvertering i kassen",
      description: "Andelen kunder som starter i kassen og fullfører kjøpet.",
    },
    "delivery-csat": {
      name: "Tilfredshet med levering (CSAT)",
      description: "Andelen kunder som svarer 4 eller 5 på en femdelt skala etter levering.",
    },
    "contact-rate": {
      name: "Kontaktrate",
      description: "Henvendelser til kundeservice per ordre: hver er et spørsmål reisen ikke besvarte.",
    },
    "refund-rate": { name: "Refusjonsrate", description: "Andelen ordrer som refunderes helt eller delvis." },
    "repeat-purchase-rate": {
      name: "Gjenkjøpsrate",
      description: "Andelen kunder som kjøper igjen innen 12 måneder etter første kjøp.",
    },
    nps: { name: "Net Promoter Score", description: "Ambassadører minus kritikere, fra -100 til 100." },
  },
  stages: {
    awareness: {
      name: "Bevissthet",
      goal: "Kunden oppdager butikken og tror den har det hun trenger, til en rimelig pris.",
      description: "Fra den første annonsen, posten eller søketreffet til det første besøket.",
      steps: {
        "sees-ad": "Ser en annonse eller en venns innlegg i sosiale medier",
        searches: "Søker etter produktet",
        "first-visit": "Besøker butikken for første gang, som regel på mobilen",
      },
      painPoints: {
        "ad-fatigue": "Mange like annonser; butikken skiller seg ikke ut",
        "slow-landing": "Landingssiden laster tregt på mobil",
      },
      opportunities: {
        "delivery-in-ad": "Vis leveringstid og grensen for fri frakt i annonsen",
        "creator-content": "Bruk bilder fra kunder og innholdsskapere i annonser i sosiale medier",
      },
      blueprint: {
        physicalEvidence: {
          "ad-creative": "Annonsebilde eller -video",
          "search-snippet": "Søketreff med pris og vurdering",
        },
        customerActions: {
          "scrolls-feed": "Scroller i feeden",
          "clicks-through": "Klikker seg inn i butikken",
        },
        frontstage: { "landing-page": "Landingsside", "social-profile": "Profil i sosiale medier" },
        backstage: {
          "campaign-management": "Kampanjeplanlegging og budgivning",
          "product-feed": "Produktfeed til annonser",
        },
        supportProcesses: {
          "ad-platforms": "Annonseplattformer",
          "consent-analytics": "Samtykkehåndtering og analyse",
        },
      },
    },
    consideration: {
      name: "Vurdering",
      goal: "Kunden finner riktig produkt og stoler på at det passer behovet hennes.",
      description: "Blar, søker, sammenligner og leser anmeldelser, ofte over flere besøk.",
      steps: {
        "browses-category": "Blar i kategorier og kampanjer",
        "compares-products": "Sammenligner produkter og priser",
        "reads-reviews": "Leser anmeldelser, også utenfor butikken",
        "saves-favourite": "Lagrer en favoritt til senere",
      },
      painPoints: {
        "missing-product-info": "Størrelser, materialer eller mål mangler",
        "poor-search": "Søket finner ingenting på hverdagslige ord",
        "unclear-stock": "Lagerstatus og leveringstid er uklare helt til kassen",
      },
      opportunities: {
        "size-guide": "En størrelsesguide og tilbakemeldinger om passform fra andre kjøpere",
        "delivery-date-on-page": "Forventet leveringsdato på produktsiden",
        "review-highlights": "Løft fram anmeldelsene som svarer på vanlige tvil",
      },
      blueprint: {
        physicalEvidence: { "product-photos": "Produktbilder og -videoer", ratings: "Stjernevurderinger" },
        customerActions: { filters: "Filtrerer og sorterer", "reads-reviews": "Leser anmeldelser" },
        frontstage: {
          "category-pages": "Kategorisider",
          "product-pages": "Produktsider",
          "site-search": "Søk i butikken",
        },
        backstage: {
          "product-information": "Berikelse av produktdata",
          "stock-sync": "Synkronisering av lagerstatus",
        },
        supportProcesses: {
          "pim-system": "Produktinformasjonssystem (PIM)",
          "review-platform": "Anmeldelsesplattform",
        },
      },
    },
    purchase: {
      name: "Kjøp",
      goal: "Kunden betaler uten tvil eller overraskelser.",
      description: "Fra handlekurven til ordrebekreftelsen: den mest målbare fasen, og den som lekker mest.",
      steps: {
        "adds-to-cart": "Legger produktet i handlekurven",
        "checks-total": "Sjekker totalsummen med frakt",
        "enters-details": "Fyller inn leveringsinformasjon",
        pays: "Betaler",
      },
      painPoints: {
        "shipping-cost-surprise": "Fraktkostnaden vises først i kassen",
        "forced-account": "Må opprette en konto for å handle",
        "payment-failure": "Betalingen feiler eller kortet avvises uten tydelig grunn",
      },
      opportunities: {
        "free-shipping-meter": "Vis hvor langt handlekurven er fra fri frakt",
        "guest-checkout": "Kjøp som gjest, med tilbud om konto etter kjøpet",
        "wallet-payment": "Betaling med Vipps eller lommebok uten kortdetaljer",
      },
      blueprint: {
        physicalEvidence: {
          "order-confirmation-page": "Side med ordrebekreftelse",
          "confirmation-email": "Ordrebekreftelse på e-post",
        },
        customerActions: {
          "reviews-cart": "Går gjennom handlekurven",
          "chooses-delivery": "Velger leveringsmåte",
          pays: "Betaler",
        },
        frontstage: { "cart-page": "Handlekurv", "checkout-page": "Kasse" },
        backstage: {
          "fraud-check": "Svindelkontroll",
          "order-creation": "Opprettelse av ordren i ordresystemet",
        },
        supportProcesses: {
          "payment-provider": "Betalingsleverandør",
          "shipping-api": "Bookingtjeneste hos transportør",
        },
      },
    },
    service: {
      name: "Oppfølging",
      goal: "Ordren kommer som lovet, og problemer løses raskt.",
      description: "Levering, spørsmål og retur: her holdes eller brytes løftet fra kjøpet.",
      steps: {
        "tracks-parcel": "Følger pakken",
        "receives-parcel": "Mottar eller henter pakken",
        "contacts-support": "Kontakter kundeservice med et spørsmål",
        "returns-item": "Returnerer en vare og venter på refusjonen",
      },
      painPoints: {
        "vague-tracking": "Sporingen sier ikke noe nyttig om når pakken kommer",
        "missed-delivery": "Pakken kommer når ingen er hjemme",
        "slow-refund": "Refusjonen tar mer enn en uke",
      },
      opportunities: {
        "proactive-delay-notice": "Si fra om forsinkelser før kunden spør",
        "pickup-point-choice": "La kunden bytte hentested etter bestilling",
        "instant-refund": "Refunder så snart returen er skannet",
      },
      blueprint: {
        physicalEvidence: {
          parcel: "Pakke og emballasje",
          "tracking-sms": "Sporings-SMS",
          "return-label": "Returlapp",
        },
        customerActions: {
          tracks: "Sjekker sporingssiden",
          "picks-up": "Henter pakken",
          "opens-chat": "Åpner chatten",
          "sends-return": "Sender en retur",
        },
        frontstage: {
          "chat-agent": "Chat-medarbeider",
          "tracking-page": "Sporingsside",
          "returns-portal": "Returportal",
        },
        backstage: { "warehouse-picking": "Plukking og pakking", "returns-handling": "Kontroll av returer" },
        supportProcesses: { carrier: "Transportør", "service-platform": "Kundeserviceplattform" },
      },
    },
    loyalty: {
      name: "Lojalitet",
      goal: "Kunden kommer tilbake og anbefaler butikken til andre.",
      description: "Gjenkjøp, medlemskap, anmeldelser og anbefalinger.",
      steps: {
        "buys-again": "Kjøper igjen",
        "joins-club": "Blir med i kundeklubben",
        "writes-review": "Skriver en anmeldelse",
        "refers-friend": "Anbefaler butikken til en venn",
      },
      painPoints: {
        "irrelevant-emails": "Nyhetsbrev med tilbud som ikke passer henne",
        "weak-benefits": "Medlemsfordeler som er vanskelige å legge merke til",
      },
      opportunities: {
        "replenishment-reminder": "Påminnelse når en forbruksvare er i ferd med å gå tom",
        "personalised-offers": "Tilbud basert på tidligere kjøp",
        "referral-reward": "En belønning til begge parter ved verving",
      },
      blueprint: {
        physicalEvidence: {
          "member-card": "Medlemskort i appen",
          "review-request": "E-post med forespørsel om anmeldelse",
        },
        customerActions: {
          "opens-newsletter": "Åpner nyhetsbrevet",
          "uses-member-offer": "Bruker et medlemstilbud",
          "shares-referral": "Deler en vervelenke",
        },
        frontstage: {
          "club-page": "Side for kundeklubben",
          newsletter: "Nyhetsbrev",
          "review-form": "Anmeldelsesskjema",
        },
        backstage: { segmentation: "Kundesegmentering", "review-moderation": "Moderering av anmeldelser" },
        supportProcesses: {
          "crm-platform": "CRM og kundedataplattform",
          "email-platform": "E-postplattform",
        },
      },
    },
  },
};
