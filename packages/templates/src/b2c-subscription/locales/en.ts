import type { TemplateMessages } from "../../template/journey-template";
import type { b2cSubscriptionStructure } from "../structure";

export const en: TemplateMessages<typeof b2cSubscriptionStructure> = {
  journey: {
    name: "Subscription app: from free trial to renewal, or a fair goodbye",
    description:
      "A B2C subscription journey for an app or service (streaming, training, meal kits, news): a free trial, onboarding, the first payment, renewals and cancellation. The decision to buy is made again every period, so the journey does not end at the first payment.",
  },
  profile: {
    decisionProcess:
      "One person, or a household, decides quickly to try and decides again at every renewal; habit and perceived value decide, not specifications.",
    touchpoints:
      "Mostly digital and inside the product: ads, app stores, the app itself, billing and lifecycle messages; customer service is the only human contact.",
    relationship:
      "Recurring but fragile: the customer can leave with a tap, so the relationship is earned every period through use, fair billing and easy cancellation.",
  },
  teams: {
    marketing: "Marketing",
    product: "Product",
    billing: "Billing",
    "customer-service": "Customer service",
    crm: "CRM and retention",
  },
  customEvents: {
    trial_start: "Send when a free trial starts on the web (app-store trials are reported by the stores).",
    subscription_renew:
      "Send when a web subscription renews; send purchase only for the first paid period, so that renewals are not counted as new customers.",
    subscription_cancel: "Send when the customer confirms a cancellation on the web or in the app.",
  },
  personas: {
    mia: {
      name: "Mia, 29",
      role: "Urban professional who wants to train regularly",
      description:
        "Downloads apps on impulse after a post or an ad, and keeps the ones that fit into her week.",
      quote: "If I haven't used it in two weeks, I cancel it.",
      needs: {
        "quick-start": "Get started without a long questionnaire",
        "flexible-plan": "Pause or change the plan when life gets busy",
      },
      goals: {
        "build-habit": "Build a habit that lasts",
        "worth-the-money": "Feel that the subscription is worth the money",
      },
      challenges: {
        "many-subscriptions": "Already pays for many subscriptions",
        "loses-motivation": "Loses motivation after the first weeks",
      },
    },
    thomas: {
      name: "Thomas, 52",
      role: "Father of a family of four who pays the household's subscriptions",
      description: "Chooses services for the whole family and keeps an eye on the bank statement.",
      quote: "I want to know what I pay for, and I want to be able to stop.",
      needs: {
        "clear-terms": "Clear price and terms before he signs up",
        "easy-cancellation": "Cancellation as easy as the sign-up",
      },
      goals: {
        "family-value": "Something the whole family uses",
        "no-surprises": "No surprising charges",
      },
      challenges: {
        "forgets-renewal-dates": "Forgets when trials and renewals run out",
        "distrusts-auto-renewal": "Distrusts automatic renewal",
      },
    },
  },
  touchpoints: {
    ads: { name: "Paid ads", description: "Sessions from paid search, social and display ads." },
    "organic-discovery": {
      name: "Organic search, social media and press",
      description: "Sessions from unpaid search, social posts and articles that link to the service.",
    },
    "word-of-mouth": {
      name: "Recommendations from friends",
      description: "Friends and family who use the service.",
    },
    "app-store": { name: "App store", description: "The store listing, and the first open of the app." },
    website: { name: "Website", description: "The first visit to the website." },
    "sign-up-flow": {
      name: "Sign-up and trial start",
      description: "Account creation and the start of the free trial.",
    },
    "welcome-messages": {
      name: "Welcome messages",
      description: "Welcome e-mail and the first push notifications.",
    },
    "guided-setup": {
      name: "Guided setup",
      description: "The first-run tutorial that sets up the service for the customer.",
    },
    "web-checkout": { name: "Web checkout", description: "Choosing a plan and paying on the website." },
    "app-store-billing": {
      name: "App store billing",
      description:
        "In-app purchases and trials converted to paid subscriptions by the App Store or Google Play.",
    },
    "renewal-billing": {
      name: "Renewals",
      description: "Subscription renewals, in the app stores and on the web.",
    },
    "billing-messages": {
      name: "Billing messages",
      description: "Reminders before renewal, receipts and failed-payment notices.",
    },
    "customer-service": {
      name: "Customer service chat",
      description: "Questions about billing, plans and the service.",
    },
    "cancellation-flow": {
      name: "Cancellation",
      description: "Cancelling on the web, in the app stores, or uninstalling the app.",
    },
    refunds: { name: "Refunds", description: "Refunds on the web and through the app stores." },
    "win-back": {
      name: "Win-back e-mails",
      description: "Sessions from e-mails that invite former subscribers back.",
    },
  },
  kpis: {
    "visit-to-trial-rate": {
      name: "Visit-to-trial rate",
      description: "Share of new visitors and app installs that start a trial.",
    },
    "day-1-return-rate": {
      name: "Day-1 return rate",
      description: "Share of new trial users who come back the day after sign-up.",
    },
    "onboarding-completion-rate": {
      name: "Onboarding completion rate",
      description: "Share of trial users who complete the guided setup.",
    },
    "trial-to-paid-rate": {
      name: "Trial-to-paid rate",
      description: "Share of trials that become paid subscriptions (trials without a card up front).",
    },
    "monthly-churn-rate": {
      name: "Monthly churn rate",
      description: "Share of paying subscribers who end their subscription in a month.",
    },
    "payment-recovery-rate": {
      name: "Payment recovery rate",
      description: "Share of failed renewal payments recovered within 14 days.",
    },
    nps: { name: "Net Promoter Score", description: "Promoters minus detractors among paying subscribers." },
    "win-back-rate": {
      name: "Win-back rate",
      description: "Share of former subscribers who subscribe again within 6 months.",
    },
  },
  stages: {
    awareness: {
      name: "Awareness",
      goal: "The customer understands what the service gives and what it costs after the trial.",
      description: "Ads, recommendations and store pages, up to the first visit or install.",
      steps: {
        "sees-offer": "Sees an ad or a recommendation",
        "reads-reviews": "Reads ratings in the app store",
        "visits-or-installs": "Visits the website or installs the app",
      },
      painPoints: {
        "unclear-price": "The price after the trial is hard to find",
        "too-good-to-be-true": "The free offer feels like a trap",
      },
      opportunities: {
        "price-after-trial-in-ad": "Show the price after the trial next to the free offer",
        "honest-store-page": "Screenshots of the real product and answers to reviews",
      },
      blueprint: {
        physicalEvidence: { ad: "Ad", "store-page": "App store page" },
        customerActions: { "watches-ad": "Watches an ad", "compares-plans": "Compares plans and prices" },
        frontstage: { "landing-page": "Landing page", "app-store-listing": "App store listing" },
        backstage: { campaigns: "Campaign planning", "store-optimisation": "App store optimisation" },
        supportProcesses: { "ad-platforms": "Ad platforms", attribution: "Install attribution" },
      },
    },
    trial: {
      name: "Trial",
      goal: "The customer starts the trial in a minute and knows when it ends.",
      description: "Account creation, plan choice and the start of the free trial.",
      steps: {
        "creates-account": "Creates an account",
        "chooses-plan": "Chooses a plan",
        "starts-trial": "Starts the free trial",
      },
      painPoints: {
        "card-up-front": "Must give card details before trying",
        "long-sign-up": "The sign-up asks for too much",
      },
      opportunities: {
        "social-login": "Sign-up with an existing account in one tap",
        "trial-end-reminder-promise": "Promise a reminder before the trial ends, and keep it",
      },
      blueprint: {
        physicalEvidence: { "welcome-email": "Welcome e-mail", receipt: "Trial confirmation" },
        customerActions: { "enters-details": "Enters details", "accepts-terms": "Accepts the terms" },
        frontstage: { "sign-up-screens": "Sign-up screens", "plan-picker": "Plan picker" },
        backstage: { "account-creation": "Account creation", "fraud-screening": "Trial abuse screening" },
        supportProcesses: {
          "identity-provider": "Identity provider",
          "payment-provider": "Payment provider",
        },
      },
    },
    onboarding: {
      name: "Onboarding",
      goal: "The customer gets a first win in the first session.",
      description: "Guided setup, first use and the start of a habit.",
      steps: {
        "sets-preferences": "Sets goals and preferences",
        "first-use": "Uses the service for the first time",
        "turns-on-reminders": "Turns on reminders",
      },
      painPoints: {
        "too-many-questions": "Too many questions before anything happens",
        "no-early-win": "Nothing in the first session feels worth paying for",
      },
      opportunities: {
        "first-win-in-five-minutes": "A first result within five minutes",
        "personal-plan": "A plan built from the customer's answers",
      },
      blueprint: {
        physicalEvidence: { "personal-plan": "Personal plan", "progress-screen": "Progress screen" },
        customerActions: {
          "answers-questions": "Answers setup questions",
          "completes-first-session": "Completes a first session",
        },
        frontstage: {
          "onboarding-screens": "Onboarding screens",
          "push-notifications": "Push notifications",
        },
        backstage: { personalisation: "Personalisation", "lifecycle-messages": "Lifecycle messaging" },
        supportProcesses: {
          "product-analytics": "Product analytics",
          "messaging-platform": "Messaging platform",
        },
      },
    },
    subscription: {
      name: "Subscription",
      goal: "The customer chooses to pay because the trial showed the value, not because she forgot to cancel.",
      description: "The end of the trial and the first payment.",
      steps: {
        "gets-trial-reminder": "Gets a reminder before the trial ends",
        decides: "Decides whether to keep the service",
        "pays-first-period": "Pays for the first period",
      },
      painPoints: {
        "surprise-charge": "A charge she did not expect when the trial ended",
        "price-jump": "The full price is much higher than the introductory offer",
      },
      opportunities: {
        "reminder-before-charge": "A reminder three days before the first charge",
        "plan-choice-at-conversion": "Offer monthly and annual plans at the end of the trial",
      },
      blueprint: {
        physicalEvidence: { "reminder-email": "Trial-ending reminder", "receipt-email": "Receipt" },
        customerActions: { "reviews-plan": "Reviews the plan", "confirms-payment": "Confirms the payment" },
        frontstage: { paywall: "Paywall", checkout: "Checkout" },
        backstage: { "billing-run": "Billing run", "tax-calculation": "VAT calculation" },
        supportProcesses: {
          "billing-system": "Subscription billing system",
          "app-stores": "App Store and Google Play",
        },
      },
    },
    renewal: {
      name: "Renewal",
      goal: "The customer uses the service regularly and renews without friction.",
      description: "Regular use, renewal notices, renewals and failed payments.",
      steps: {
        "uses-regularly": "Uses the service regularly",
        "gets-renewal-notice": "Gets a notice before renewal",
        renews: "Renews",
      },
      painPoints: {
        "forgotten-subscription": "Pays for a service he no longer uses",
        "failed-payment": "An expired card stops the service without warning",
        "renewal-price-increase": "The price rises at renewal without a clear reason",
      },
      opportunities: {
        "usage-summary": "A monthly summary of what the customer got",
        "smart-retries": "Retry failed payments and ask for a new card in time",
        "pause-option": "Let the customer pause instead of cancelling",
      },
      blueprint: {
        physicalEvidence: { "usage-summary": "Usage summary", "renewal-notice": "Renewal notice" },
        customerActions: { "uses-service": "Uses the service", "updates-card": "Updates the card" },
        frontstage: { "account-page": "Account page", "support-chat": "Support chat" },
        backstage: { dunning: "Failed-payment handling", "churn-prediction": "Churn prediction" },
        supportProcesses: {
          "billing-system": "Subscription billing system",
          "service-platform": "Customer service platform",
        },
      },
    },
    cancellation: {
      name: "Cancellation and win-back",
      goal: "Leaving is easy and respectful, and the door stays open.",
      description: "Cancellation, refunds, uninstalls and invitations to come back.",
      steps: {
        "decides-to-leave": "Decides to leave",
        cancels: "Cancels the subscription",
        "gets-win-back-offer": "Later gets an offer to come back",
      },
      painPoints: {
        "hidden-cancellation": "The cancel button is hidden, or cancelling needs a phone call",
        "pushy-retention": "Several screens of offers before the cancellation goes through",
      },
      opportunities: {
        "one-click-cancel": "Cancel in as few steps as signing up took",
        "exit-survey": "One optional question about why",
        "return-offer": "A return offer timed to the reason for leaving",
      },
      blueprint: {
        physicalEvidence: {
          "cancellation-confirmation": "Cancellation confirmation",
          "win-back-email": "Win-back e-mail",
        },
        customerActions: {
          "finds-cancel": "Finds the cancellation",
          "answers-exit-survey": "Answers the exit question",
        },
        frontstage: { "cancellation-screens": "Cancellation screens", "retention-offer": "Retention offer" },
        backstage: {
          "exit-reason-analysis": "Analysis of exit reasons",
          "win-back-segments": "Win-back segments",
        },
        supportProcesses: {
          "billing-system": "Subscription billing system",
          "email-platform": "E-mail platform",
        },
      },
    },
  },
};
