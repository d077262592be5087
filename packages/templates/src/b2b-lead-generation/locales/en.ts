import type { TemplateMessages } from "../../template/journey-template";
import type { b2bLeadGenerationStructure } from "../structure";

export const en: TemplateMessages<typeof b2bLeadGenerationStructure> = {
  journey: {
    name: "B2B lead generation: from first search to growing account",
    description:
      "A B2B journey for a considered purchase (software, equipment or services): a buying committee decides over weeks or months, through content, forms, calls, meetings and references. The web data shows the first half; CRM lead statuses sent to GA4 show the rest.",
  },
  profile: {
    decisionProcess:
      "A buying committee decides: a user, a champion, an economic buyer and IT/security, each with a veto. The process takes weeks or months and is rational, documented and risk-averse.",
    touchpoints:
      "Many, and both digital and physical: search, LinkedIn and content bring people in; forms turn them into leads; calls, meetings, proposals and security reviews carry the decision.",
    relationship:
      "Long-term and built on trust: the contract is the start, and the account grows through onboarding, reviews and proven value.",
  },
  teams: {
    marketing: "Marketing",
    "sales-development": "Sales development",
    sales: "Sales",
    security: "Security and compliance",
    "customer-success": "Customer success",
  },
  customEvents: {},
  personas: {
    "end-user": {
      name: "Lars, operations coordinator",
      role: "User: works with the solution every day",
      description: "Feels the problem first and tests the product hands-on, but has no budget of his own.",
      quote: "If it takes more clicks than the spreadsheet, nobody will use it.",
      needs: {
        "easy-daily-use": "A tool that is quick to learn and use every day",
        "less-manual-work": "Less copying between systems",
      },
      goals: {
        "fewer-errors": "Fewer errors in daily work",
        "time-for-real-work": "Time for the work that matters",
      },
      challenges: {
        "no-say-in-budget": "No say in the budget",
        "change-fatigue": "Tired of new systems that did not deliver",
      },
    },
    champion: {
      name: "Ingrid, head of operations",
      role: "Champion: drives the purchase internally",
      description: "Owns the problem, finds the vendor and builds the case for the rest of the committee.",
      quote: "I need something I can show the CFO on Monday.",
      needs: {
        "business-case-material": "Material for the business case: numbers, examples, a plan",
        "proof-from-peers": "Proof from companies like hers",
      },
      goals: {
        "solve-team-problem": "Solve her team's problem for good",
        "visible-success": "A visible success that reflects on her",
      },
      challenges: {
        "convince-committee": "Must convince people with other priorities",
        "own-time": "Drives the project on top of her day job",
      },
    },
    "economic-buyer": {
      name: "Erik, CFO",
      role: "Economic buyer: approves the budget and signs",
      description:
        "Meets the vendor late, compares the investment with other priorities and weighs the risk.",
      quote: "What does it cost over three years, and what happens if it fails?",
      needs: {
        "clear-roi": "A return on investment he can check",
        "predictable-cost": "Predictable total cost, without surprises at renewal",
      },
      goals: {
        "return-on-investment": "A measurable return within a year",
        "low-risk": "Low financial and contractual risk",
      },
      challenges: {
        "many-competing-priorities": "Many investments compete for the same budget",
        "vendor-scepticism": "Has seen vendors promise too much",
      },
    },
    "it-security": {
      name: "Sofie, IT security manager",
      role: "IT and security: can stop the purchase",
      description: "Checks security, data protection and integrations, often late and under time pressure.",
      quote: "Send me the documentation before the demo, not after the contract.",
      needs: {
        "security-documentation": "Security documentation, certifications and a data processing agreement",
        "standard-integrations": "Single sign-on and standard integrations",
      },
      goals: {
        "no-new-risk": "No new security or privacy risk",
        "maintainable-landscape": "A system landscape her team can maintain",
      },
      challenges: {
        "late-involvement": "Is brought in when the decision is almost made",
        "questionnaire-load": "Many long security questionnaires",
      },
    },
  },
  touchpoints: {
    search: { name: "Search", description: "Sessions from organic and paid search." },
    linkedin: { name: "LinkedIn", description: "Sessions from LinkedIn posts, ads and messages." },
    "industry-events": {
      name: "Trade fairs and conferences",
      description: "Meeting people at the stand, talks and dinners; follow up within days.",
    },
    "peer-recommendations": {
      name: "Recommendations from peers",
      description: "Word of mouth from colleagues and networks: the most trusted source, and unmeasured.",
    },
    "first-visit": { name: "First website visit", description: "The first visit to the website." },
    "content-hub": {
      name: "Guides and case studies",
      description: "Articles, case studies and downloads such as guides and whitepapers.",
    },
    webinars: {
      name: "Webinars and videos",
      description: "Recorded webinars and product videos on the website.",
    },
    "forms-started": {
      name: "Forms started",
      description: "Contact, demo and quote forms that a visitor starts to fill in.",
    },
    "lead-capture": { name: "Lead forms sent", description: "Contact, demo and quote requests submitted." },
    "phone-inquiry": {
      name: "Phone inquiry",
      description: "Inbound calls to sales; with call tracking they can be sent as generate_lead.",
    },
    "crm-lead-status": {
      name: "Lead status in the CRM",
      description:
        "Working, qualified and disqualified leads, sent from the CRM to GA4 with the Measurement Protocol.",
    },
    "discovery-call": {
      name: "Discovery call",
      description: "The first call to understand needs, timing and budget.",
    },
    "nurture-emails": {
      name: "Nurture e-mails",
      description: "Sessions from e-mails that keep not-yet-ready leads informed.",
    },
    "sales-meetings": {
      name: "Meetings and demos",
      description: "Meetings on site or by video with the buying committee.",
    },
    proposal: {
      name: "Proposal and contract",
      description: "Proposal, negotiation and electronic signature.",
    },
    "security-review": {
      name: "Security review",
      description: "Security questionnaire, documentation and data processing agreement.",
    },
    "reference-calls": {
      name: "Reference calls",
      description: "Calls with existing customers of the same kind.",
    },
    "deal-outcome": {
      name: "Deal won or lost",
      description:
        "The outcome of the deal in the CRM, sent to GA4 as close_convert_lead or close_unconvert_lead.",
    },
    "kickoff-meeting": {
      name: "Kick-off meeting",
      description: "The start of the delivery, with goals and a plan.",
    },
    "customer-portal": {
      name: "Customer portal",
      description: "Logins and guided onboarding in the product or portal.",
    },
    "account-reviews": {
      name: "Business reviews",
      description: "Regular meetings that review results, usage and next steps.",
    },
    "customer-community": {
      name: "Customer community",
      description: "User groups, forums and customer events.",
    },
    "expansion-orders": {
      name: "Additional orders",
      description: "Add-ons, more users or services ordered online.",
    },
  },
  kpis: {
    "content-engagement-rate": {
      name: "Content engagement rate",
      description: "Share of new visitors who download, select content or watch a video.",
    },
    "visitor-to-lead-rate": {
      name: "Visitor-to-lead rate",
      description: "Share of visitors who become a lead.",
    },
    "form-completion-rate": {
      name: "Form completion rate",
      description: "Share of started forms that are submitted.",
    },
    "speed-to-lead": {
      name: "Speed to lead",
      description: "Median time from a submitted form to the first personal contact.",
    },
    "lead-qualification-rate": {
      name: "Lead qualification rate",
      description: "Share of leads qualified as sales opportunities.",
    },
    "win-rate": { name: "Win rate", description: "Share of qualified opportunities won." },
    "sales-cycle-length": {
      name: "Sales cycle length",
      description: "Median days from qualified lead to signed contract.",
    },
    "time-to-first-value": {
      name: "Time to first value",
      description: "Days from signature to the customer's first agreed result.",
    },
    "onboarding-csat": {
      name: "Onboarding satisfaction (CSAT)",
      description: "Share answering 4 or 5 on a 5-point scale after onboarding.",
    },
    "net-revenue-retention": {
      name: "Net revenue retention",
      description:
        "Recurring revenue from existing customers after 12 months, as a percentage of a year before.",
    },
    nps: {
      name: "Net Promoter Score",
      description: "Promoters minus detractors among the customer's users and decision makers.",
    },
  },
  stages: {
    awareness: {
      name: "Awareness",
      goal: "The buyer recognises the problem and sees the vendor as a credible option.",
      description:
        "The problem becomes visible; the buyer researches and hears about vendors, often from peers.",
      steps: {
        "recognises-problem": "Recognises a problem worth solving",
        "hears-of-vendor": "Hears of the vendor through search, LinkedIn, an event or a peer",
        "first-visit": "Visits the website for the first time",
      },
      painPoints: {
        "generic-messaging": "The messaging sounds like every other vendor's",
        "hard-to-see-fit": "Hard to see whether the solution fits the buyer's industry and size",
      },
      opportunities: {
        "problem-first-content": "Content that starts from the buyer's problem, not the product",
        "event-follow-up": "Follow up event conversations within two working days",
      },
      blueprint: {
        physicalEvidence: {
          "trade-fair-stand": "Trade fair stand",
          "linkedin-post": "LinkedIn post or ad",
          "search-result": "Search result",
        },
        customerActions: { "researches-problem": "Researches the problem", "talks-to-peers": "Asks peers" },
        frontstage: { website: "Website", "event-staff": "Staff at events" },
        backstage: {
          "content-plan": "Content and campaign plan",
          "account-targeting": "Target account list",
        },
        supportProcesses: { "marketing-automation": "Marketing automation", "ad-platforms": "Ad platforms" },
      },
    },
    consideration: {
      name: "Consideration",
      goal: "The champion understands how the solution solves the problem and wants to talk.",
      description:
        "Content, webinars and comparisons; several people in the buying committee look, mostly anonymously.",
      steps: {
        "reads-content": "Reads guides and case studies",
        "watches-webinar": "Watches a webinar or product video",
        "compares-vendors": "Compares vendors on a shortlist",
        "starts-form": "Starts filling in a contact or demo form",
      },
      painPoints: {
        "hidden-pricing": "No indication of price before a sales call",
        "gated-content": "Useful content is locked behind forms",
        "long-forms": "Long forms that ask for too much too early",
      },
      opportunities: {
        "price-ranges": "Publish price ranges or a calculator",
        "ungated-case-studies": "Open case studies; keep forms for real requests",
        "short-forms": "Short forms, enriched afterwards",
      },
      blueprint: {
        physicalEvidence: {
          "case-studies": "Case studies",
          whitepaper: "Guide or whitepaper",
          "webinar-recording": "Webinar recording",
        },
        customerActions: {
          downloads: "Downloads material",
          "shares-internally": "Shares links with colleagues",
        },
        frontstage: { "solution-pages": "Solution pages", "webinar-host": "Webinar host" },
        backstage: { "content-production": "Content production", "lead-scoring": "Lead scoring" },
        supportProcesses: { "webinar-platform": "Webinar platform", cms: "Content management system" },
      },
    },
    lead: {
      name: "Lead",
      goal: "The buyer asks for contact and gets a quick, relevant answer.",
      description: "A form or a call turns an anonymous visitor into a known lead.",
      steps: {
        "submits-form": "Submits a contact, demo or quote request",
        "calls-sales": "Or calls sales directly",
        "gets-confirmation": "Gets a confirmation with the next step",
      },
      painPoints: {
        "slow-response": "Nobody answers for days",
        "generic-follow-up": "The follow-up ignores what the buyer wrote",
      },
      opportunities: {
        "instant-booking": "Let the buyer book a meeting straight from the form",
        "context-in-crm": "Give sales the pages and content the lead has seen",
      },
      blueprint: {
        physicalEvidence: {
          "confirmation-page": "Confirmation page",
          "confirmation-email": "Confirmation e-mail",
        },
        customerActions: { "fills-form": "Fills in the form", "books-time": "Books a time" },
        frontstage: { "contact-form": "Contact form", "phone-reception": "Phone reception" },
        backstage: {
          "lead-routing": "Lead routing to the right seller",
          "duplicate-check": "Duplicate check in the CRM",
        },
        supportProcesses: { crm: "CRM", "call-tracking": "Call tracking" },
      },
    },
    qualification: {
      name: "Qualification",
      goal: "Both sides agree whether there is a real need, budget and timing.",
      description: "Sales development works the lead: contact, discovery call, qualified or disqualified.",
      steps: {
        "discovery-call": "Has a discovery call",
        "shares-needs": "Shares needs, timing and budget",
        "involves-colleagues": "Involves colleagues in the next meeting",
      },
      painPoints: {
        "repeated-questions": "Has to repeat the same information to several people",
        "pushed-too-early": "Is pushed to a sales meeting before being ready",
      },
      opportunities: {
        "shared-notes": "Share a short summary after every call",
        "nurture-not-ready": "Nurture leads that are not ready instead of dropping them",
      },
      blueprint: {
        physicalEvidence: { "meeting-invitation": "Meeting invitation", "call-summary": "Call summary" },
        customerActions: {
          "answers-questions": "Answers questions",
          "shares-internally": "Shares the summary internally",
        },
        frontstage: {
          "sales-development-rep": "Sales development representative",
          "nurture-sequence": "Nurture e-mails",
        },
        backstage: {
          "qualification-criteria": "Qualification criteria (need, budget, authority, timing)",
          "crm-status-sync": "Lead status sync from the CRM",
        },
        supportProcesses: { crm: "CRM", "measurement-protocol": "GA4 Measurement Protocol" },
      },
    },
    decision: {
      name: "Decision",
      goal: "The committee is confident enough to sign.",
      description: "Demos, proposal, security review and references, until the deal is won or lost.",
      steps: {
        "sees-demo": "Sees a demo tailored to their case",
        "security-review": "Goes through the security review",
        negotiates: "Negotiates the proposal",
        signs: "Signs, or chooses another option",
      },
      painPoints: {
        "committee-stall": "The deal stalls when a committee member was never involved",
        "security-questionnaire": "The security questionnaire takes weeks",
        "unclear-proposal": "The proposal is hard to compare with competitors",
      },
      opportunities: {
        "mutual-action-plan": "A shared plan with steps and owners on both sides",
        "trust-centre": "A trust centre with security documentation ready to share",
        "roi-calculator": "A return-on-investment calculation built with the champion",
      },
      blueprint: {
        physicalEvidence: {
          "demo-environment": "Demo environment",
          "proposal-document": "Proposal",
          contract: "Contract",
        },
        customerActions: {
          evaluates: "Evaluates options",
          "checks-references": "Checks references",
          approves: "Approves",
        },
        frontstage: { "account-executive": "Account executive", "solution-engineer": "Solution engineer" },
        backstage: { "pricing-approval": "Discount and pricing approval", "legal-review": "Legal review" },
        supportProcesses: {
          "e-signature": "Electronic signature",
          "trust-documentation": "Security documentation",
        },
      },
    },
    onboarding: {
      name: "Onboarding",
      goal: "The customer gets the first agreed result quickly.",
      description: "Kick-off, setup, integration and training.",
      steps: {
        kickoff: "Attends the kick-off",
        "sets-up": "Sets up and integrates",
        "trains-team": "Trains the team",
        "first-result": "Sees the first result",
      },
      painPoints: {
        "sales-handover-gap": "What was promised in sales does not reach the delivery team",
        "integration-delay": "Integrations take longer than planned",
      },
      opportunities: {
        "handover-document": "A handover with the customer's goals and promises",
        "success-plan": "A success plan with the first result and a date",
      },
      blueprint: {
        physicalEvidence: { "onboarding-plan": "Onboarding plan", "welcome-email": "Welcome e-mail" },
        customerActions: { configures: "Configures the solution", "invites-users": "Invites users" },
        frontstage: { "onboarding-manager": "Onboarding manager", "help-centre": "Help centre" },
        backstage: { provisioning: "Provisioning", "data-migration": "Data migration" },
        supportProcesses: { "project-tool": "Project tool", "support-desk": "Support desk" },
      },
    },
    growth: {
      name: "Account growth",
      goal: "The customer sees the value, renews, expands and recommends.",
      description: "Daily use, business reviews, expansion and references.",
      steps: {
        "uses-daily": "Uses the solution every day",
        "reviews-results": "Reviews results with the vendor",
        expands: "Expands to more users or products",
        recommends: "Recommends the vendor to peers",
      },
      painPoints: {
        "value-not-reported": "Nobody shows the value the solution delivers",
        "renewal-surprise": "The renewal comes with a surprise price increase",
      },
      opportunities: {
        "value-reports": "Regular reports of results in the customer's own numbers",
        "customer-advisory-board": "A customer advisory board that shapes the roadmap",
      },
      blueprint: {
        physicalEvidence: {
          "business-review-deck": "Business review presentation",
          "usage-report": "Usage report",
        },
        customerActions: { "joins-review": "Joins the business review", "gives-feedback": "Gives feedback" },
        frontstage: {
          "customer-success-manager": "Customer success manager",
          community: "Customer community",
        },
        backstage: { "health-scoring": "Customer health scoring", "renewal-forecast": "Renewal forecast" },
        supportProcesses: { crm: "CRM", "product-analytics": "Product analytics" },
      },
    },
  },
};
