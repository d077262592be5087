import type { TemplateMessages } from "../../template/journey-template";
import type { b2cEcommerceStructure } from "../structure";

export const da: TemplateMessages<typeof b2cEcommerceStructure> = {
  journey: {
    name: "Webshop: fra første besøg til loyal kunde",
    description:
      "En B2C-kunderejse i e-handel: én person beslutter sig hurtigt, oftest på mobilen, gennem få digitale kontaktpunkter med webshoppen og sociale medier i centrum. Start her, og erstat antagelserne med egen indsigt og GA4-data.",
  },
  profile: {
    decisionProcess:
      "Én person beslutter, ofte inden for ét besøg eller få dage; følelser, pris og bekvemmelighed vejer tungere end specifikationer.",
    touchpoints:
      "Få og overvejende digitale: annoncer, sociale medier og søgning bringer folk ind, webshoppen bærer beslutningen, og pakken er det eneste fysiske kontaktpunkt.",
    relationship:
      "Transaktionel og let at forlade: loyalitet vindes køb for køb gennem levering, returnering og relevante tilbud.",
  },
  teams: {
    marketing: "Marketing",
    ecommerce: "E-handel",
    logistics: "Logistik",
    "customer-service": "Kundeservice",
    crm: "CRM og loyalitet",
  },
  customEvents: {
    support_chat_start: "Sendes, når kunden starter en samtale i kundeservice-chatten.",
    write_review:
      "Sendes, når kunden indsender en produktanmeldelse på sitet eller via anmodningen om en anmeldelse.",
  },
  personas: {
    kari: {
      name: "Kari, 35",
      role: "Udearbejdende mor til to små børn",
      description:
        "Handler ind til familien på mobilen i korte stunder og sætter hastighed og tryghed før laveste pris.",
      quote: "Jeg handler i de ti minutter, efter at børnene er faldet i søvn.",
      needs: {
        "total-price-early": "Se den samlede pris med fragt før kassen",
        "familiar-payment": "Betale med en metode, hun stoler på, for eksempel MobilePay, med ét tryk",
        "reliable-delivery": "En leveringsdato, hun kan planlægge efter",
      },
      goals: {
        "fast-safe-purchase": "Et hurtigt og sikkert onlinekøb",
        "good-value": "God kvalitet for pengene uden at jagte tilbud",
      },
      challenges: {
        "little-time": "Lidt tid og mange afbrydelser",
        "hidden-costs": "Stoler ikke på butikker, der viser omkostningerne sent",
      },
    },
    jonas: {
      name: "Jonas, 23",
      role: "Studerende med fritidsjob",
      description:
        "Opdager produkter gennem indholdsskabere på sociale medier og sammenligner priser, før han køber.",
      quote: "Hvis det er billigere et andet sted, finder jeg det.",
      needs: {
        "honest-reviews": "Ærlige anmeldelser og billeder fra rigtige købere",
        "free-returns": "Gratis og nem returnering",
      },
      goals: {
        "best-price": "Den bedste pris på det, han gerne vil have",
        "discover-trends": "Finde ting, vennerne ikke har set endnu",
      },
      challenges: {
        "tight-budget": "Et stramt månedsbudget",
        "choice-overload": "For mange ens produkter at vælge imellem",
      },
    },
  },
  touchpoints: {
    "paid-ads": {
      name: "Betalte søge- og displayannoncer",
      description: "Sessioner, der starter med et betalt klik (cpc, ppc, display).",
    },
    "social-media": {
      name: "Sociale medier",
      description:
        "Sessioner fra Instagram, TikTok, Facebook og andre sociale netværk, organisk eller betalt.",
    },
    "organic-search": {
      name: "Organisk søgning",
      description: "Sessioner, der starter fra et ubetalt søgeresultat.",
    },
    "first-visit": {
      name: "Første besøg",
      description: "Første besøg i webshoppen eller første gang appen åbnes.",
    },
    "product-listings": {
      name: "Kategorisider og kampagner",
      description: "Produktlister, kampagner og de produkter, der vælges fra dem.",
    },
    "product-page": { name: "Produktside", description: "Produktdetaljer og produkter gemt på ønskelisten." },
    "site-search": {
      name: "Søgning i webshoppen",
      description: "Søgninger i butikken og deres resultatsider.",
    },
    "reviews-comparison": {
      name: "Anmeldelses- og prissammenligningssider",
      description: "Trustpilot, PriceRunner og fora: uden for dine GA4-data, men en del af beslutningen.",
    },
    cart: { name: "Indkøbskurv", description: "Tilføje, fjerne og se produkter i indkøbskurven." },
    checkout: { name: "Kasse", description: "Levering, betaling og gennemført ordre." },
    "order-updates": {
      name: "Ordre- og forsendelsesbeskeder",
      description: "Ordrebekræftelse, forsendelses- og sporingsbeskeder på e-mail og sms.",
    },
    delivery: { name: "Pakkelevering", description: "Levering til døren, pakkeboks eller pakkeshop." },
    "customer-service": {
      name: "Kundeservice-chat",
      description: "Spørgsmål om ordrer, levering og returnering.",
    },
    returns: { name: "Returnering og refusion", description: "Returportalen og tilbagebetalingen." },
    "loyalty-club": { name: "Kundeklub", description: "Medlemskab med medlemspriser og bonuspoint." },
    newsletter: {
      name: "Nyhedsbrev",
      description: "Sessioner, der starter fra et nyhedsbrev eller en kampagnemail.",
    },
    "reviews-referrals": {
      name: "Anmeldelser og anbefalinger",
      description: "Produktanmeldelser og henvisningslinks, der deles med venner.",
    },
  },
  kpis: {
    "product-view-rate": {
      name: "Andel, der ser et produkt",
      description: "Andelen af nye besøgende, der ser mindst ét produkt.",
    },
    "add-to-cart-rate": {
      name: "Læg i kurv-rate",
      description: "Andelen af kunder, der ser et produkt og lægger et i indkøbskurven.",
    },
    "cart-abandonment": {
      name: "Forladte indkøbskurve",
      description: "Andelen af kunder, der lægger i kurven, men ikke gennemfører købet.",
    },
    "checkout-conversion": {
      name: "Konvertering i kassen",
      description: "Andelen af kunder, der går til kassen og gennemfører købet.",
    },
    "delivery-csat": {
      name: "Tilfredshed med levering (CSAT)",
      description: "Andelen af kunder, der svarer 4 eller 5 på en 5-punktsskala efter levering.",
    },
    "contact-rate": {
      name: "Kontaktrate",
      description: "Henvendelser til kundeservice pr. ordre: hver er et spørgsmål, rejsen ikke besvarede.",
    },
    "refund-rate": {
      name: "Refusionsrate",
      description: "Andelen af ordrer, der refunderes helt eller delvist.",
    },
    "repeat-purchase-rate": {
      name: "Genkøbsrate",
      description: "Andelen af kunder, der køber igen inden for 12 måneder efter første køb.",
    },
    nps: { name: "Net Promoter Score", description: "Ambassadører minus kritikere, fra -100 til 100." },
  },
  stages: {
    awareness: {
      name: "Opmærksomhed",
      goal: "Kunden opdager butikken og tror på, at den har det, hun har brug for, til en fair pris.",
      description: "Fra den første annonce, det første opslag eller søgeresultat til det første besøg.",
      steps: {
        "sees-ad": "Ser en annonce eller en vens opslag på sociale medier",
        searches: "Søger efter produktet",
        "first-visit": "Besøger butikken for første gang, som regel på mobilen",
      },
      painPoints: {
        "ad-fatigue": "Mange ens annoncer; butikken skiller sig ikke ud",
        "slow-landing": "Landingssiden indlæses langsomt på mobilen",
      },
      opportunities: {
        "delivery-in-ad": "Vis leveringstid og grænsen for gratis fragt i annoncen",
        "creator-content": "Brug kunders og indholdsskaberes billeder i annoncer på sociale medier",
      },
      blueprint: {
        physicalEvidence: {
          "ad-creative": "Annoncebillede eller -video",
          "search-snippet": "Søgeresultat med pris og bedømmelse",
        },
        customerActions: {
          "scrolls-feed": "Scroller i feedet",
          "clicks-through": "Klikker videre til butikken",
        },
        frontstage: { "landing-page": "Landingsside", "social-profile": "Profil på sociale medier" },
        backstage: {
          "campaign-management": "Kampagneplanlægning og budgivning",
          "product-feed": "Produktfeed til annoncer",
        },
        supportProcesses: {
          "ad-platforms": "Annonceplatforme",
          "consent-analytics": "Samtykkestyring og analyse",
        },
      },
    },
    consideration: {
      name: "Overvejelse",
      goal: "Kunden finder det rigtige produkt og stoler på, at det passer til hendes behov.",
      description: "Browser, søger, sammenligner og læser anmeldelser, ofte over flere besøg.",
      steps: {
        "browses-category": "Kigger i kategorier og kampagner",
        "compares-products": "Sammenligner produkter og priser",
        "reads-reviews": "Læser anmeldelser, også uden for butikken",
        "saves-favourite": "Gemmer en favorit til senere",
      },
      painPoints: {
        "missing-product-info": "Størrelser, materialer eller mål mangler",
        "poor-search": "Søgningen finder intet på hverdagsord",
        "unclear-stock": "Lagerstatus og leveringstid er uklare helt frem til kassen",
      },
      opportunities: {
        "size-guide": "En størrelsesguide og tilbagemeldinger om pasform fra andre købere",
        "delivery-date-on-page": "Forventet leveringsdato på produktsiden",
        "review-highlights": "Fremhæv de anmeldelser, der besvarer typisk tvivl",
      },
      blueprint: {
        physicalEvidence: { "product-photos": "Produktbilleder og -videoer", ratings: "Stjernebedømmelser" },
        customerActions: { filters: "Filtrerer og sorterer", "reads-reviews": "Læser anmeldelser" },
        frontstage: {
          "category-pages": "Kategorisider",
          "product-pages": "Produktsider",
          "site-search": "Søgning i butikken",
        },
        backstage: {
          "product-information": "Berigelse af produktdata",
          "stock-sync": "Synkronisering af lagerstatus",
        },
        supportProcesses: {
          "pim-system": "Produktinformationssystem (PIM)",
          "review-platform": "Anmeldelsesplatform",
        },
      },
    },
    purchase: {
      name: "Køb",
      goal: "Kunden betaler uden tvivl eller overraskelser.",
      description: "Fra indkøbskurven til ordrebekræftelsen: den mest målbare fase og den, der lækker mest.",
      steps: {
        "adds-to-cart": "Lægger produktet i indkøbskurven",
        "checks-total": "Tjekker totalen med fragt",
        "enters-details": "Udfylder leveringsoplysninger",
        pays: "Betaler",
      },
      painPoints: {
        "shipping-cost-surprise": "Fragtprisen vises først i kassen",
        "forced-account": "Skal oprette en konto for at købe",
        "payment-failure": "Betalingen fejler, eller kortet afvises uden en klar grund",
      },
      opportunities: {
        "free-shipping-meter": "Vis, hvor langt kurven er fra gratis fragt",
        "guest-checkout": "Køb som gæst, med tilbud om en konto efter købet",
        "wallet-payment": "Betaling med MobilePay eller wallet uden kortoplysninger",
      },
      blueprint: {
        physicalEvidence: {
          "order-confirmation-page": "Side med ordrebekræftelse",
          "confirmation-email": "Ordrebekræftelse på e-mail",
        },
        customerActions: {
          "reviews-cart": "Gennemgår indkøbskurven",
          "chooses-delivery": "Vælger leveringsform",
          pays: "Betaler",
        },
        frontstage: { "cart-page": "Indkøbskurv", "checkout-page": "Kasse" },
        backstage: {
          "fraud-check": "Svindelkontrol",
          "order-creation": "Oprettelse af ordren i ordresystemet",
        },
        supportProcesses: {
          "payment-provider": "Betalingsudbyder",
          "shipping-api": "Bookingtjeneste hos fragtfirma",
        },
      },
    },
    service: {
      name: "Brugeroplevelse",
      goal: "Ordren kommer som lovet, og problemer løses hurtigt.",
      description: "Levering, spørgsmål og returnering: her holdes eller brydes løftet fra købet.",
      steps: {
        "tracks-parcel": "Følger pakken",
        "receives-parcel": "Modtager eller henter pakken",
        "contacts-support": "Kontakter kundeservice med et spørgsmål",
        "returns-item": "Returnerer en vare og venter på refusionen",
      },
      painPoints: {
        "vague-tracking": "Sporingen siger intet brugbart om, hvornår pakken kommer",
        "missed-delivery": "Pakken kommer, når ingen er hjemme",
        "slow-refund": "Refusionen tager mere end en uge",
      },
      opportunities: {
        "proactive-delay-notice": "Fortæl om forsinkelser, før kunden spørger",
        "pickup-point-choice": "Lad kunden skifte pakkeshop efter bestillingen",
        "instant-refund": "Refundér, så snart returneringen er scannet",
      },
      blueprint: {
        physicalEvidence: {
          parcel: "Pakke og emballage",
          "tracking-sms": "Sporings-sms",
          "return-label": "Returlabel",
        },
        customerActions: {
          tracks: "Tjekker sporingssiden",
          "picks-up": "Henter pakken",
          "opens-chat": "Åbner chatten",
          "sends-return": "Sender en returnering",
        },
        frontstage: {
          "chat-agent": "Chatmedarbejder",
          "tracking-page": "Sporingsside",
          "returns-portal": "Returportal",
        },
        backstage: { "warehouse-picking": "Pluk og pakning", "returns-handling": "Kontrol af returneringer" },
        supportProcesses: { carrier: "Fragtfirma", "service-platform": "Kundeserviceplatform" },
      },
    },
    loyalty: {
      name: "Loyalitet",
      goal: "Kunden kommer igen og anbefaler butikken til andre.",
      description: "Genkøb, medlemskab, anmeldelser og anbefalinger.",
      steps: {
        "buys-again": "Køber igen",
        "joins-club": "Melder sig ind i kundeklubben",
        "writes-review": "Skriver en anmeldelse",
        "refers-friend": "Anbefaler butikken til en ven",
      },
      painPoints: {
        "irrelevant-emails": "Nyhedsbreve med tilbud, der ikke passer til hende",
        "weak-benefits": "Medlemsfordele, der er svære at lægge mærke til",
      },
      opportunities: {
        "replenishment-reminder": "Påmindelse, når en forbrugsvare er ved at slippe op",
        "personalised-offers": "Tilbud baseret på tidligere køb",
        "referral-reward": "En belønning til begge parter ved en anbefaling",
      },
      blueprint: {
        physicalEvidence: {
          "member-card": "Medlemskort i appen",
          "review-request": "E-mail med anmodning om anmeldelse",
        },
        customerActions: {
          "opens-newsletter": "Åbner nyhedsbrevet",
          "uses-member-offer": "Bruger et medlemstilbud",
          "shares-referral": "Deler et henvisningslink",
        },
        frontstage: {
          "club-page": "Side for kundeklubben",
          newsletter: "Nyhedsbrev",
          "review-form": "Anmeldelsesformular",
        },
        backstage: { segmentation: "Kundesegmentering", "review-moderation": "Moderation af anmeldelser" },
        supportProcesses: { "crm-platform": "CRM og kundedataplatform", "email-platform": "E-mailplatform" },
      },
    },
  },
};
