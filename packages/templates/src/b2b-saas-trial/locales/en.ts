import type { TemplateMessages } from "../../template/journey-template";
import type { b2bSaasTrialStructure } from "../structure";

export const en: TemplateMessages<typeof b2bSaasTrialStructure> = {
  journey: {
    name: "B2B SaaS trial: from sign-up to a team that pays and grows",
    description:
      "A product-led B2B journey: one person signs up and tries the product, invites the team, and only then do budget owners and IT join in to upgrade and expand. The product itself does most of the selling; sales helps where the deal gets big.",
  },
  profile: {
    decisionProcess:
      "Bottom-up: a user decides to try alone in minutes; the team decides by using it; a budget owner and IT decide to pay, which brings the committee and procurement of B2B in at the end.",
    touchpoints:
      "Mostly digital and inside the product: review sites, communities, sign-up, onboarding, invitations and in-app upgrade; people (sales, account managers) join for larger accounts.",
    relationship:
      "Starts as a low-commitment trial and becomes a long-term, growing account once the product is part of the team's daily work.",
  },
  teams: {
    growth: "Growth",
    product: "Product",
    sales: "Sales",
    security: "Security and compliance",
    "customer-success": "Customer success",
  },
  customEvents: {
    activation_milestone:
      "Send once per account when it reaches your activation milestone, the action that predicts retention (for example: first project created and shared).",
    invite_sent: "Send when a user invites a colleague to the workspace.",
  },
  personas: {
    evaluator: {
      name: "Nora, product manager",
      role: "Evaluator and champion: signs up and brings the team",
      description:
        "Finds the tool herself, tries it before talking to anyone, and sells it to her team and manager.",
      quote: "Let me try it first; I'll call sales when I know it works for us.",
      needs: {
        "try-before-talking": "Try the product without talking to sales",
        "quick-value": "See value in the first session",
      },
      goals: {
        "fix-team-workflow": "Fix a workflow that slows her team down",
        "look-competent": "Bring in a tool the team thanks her for",
      },
      challenges: {
        "no-budget-authority": "Cannot buy for the team on her own",
        "limited-time": "Evaluates between meetings",
      },
    },
    "team-member": {
      name: "Ahmed, software developer",
      role: "Invited colleague: adopts it, or ignores it",
      description: "Joins when invited, and stays only if the tool saves him time from the first day.",
      quote: "Another tool? It had better connect to what we already use.",
      needs: {
        "works-with-current-tools": "Integrations with the tools he already uses",
        "no-extra-admin": "No extra admin work",
      },
      goals: {
        "get-work-done": "Get his work done with fewer interruptions",
        "less-context-switching": "Less switching between tools",
      },
      challenges: {
        "tool-fatigue": "Has seen many tools come and go",
        "unclear-why": "Does not see why the team should switch",
      },
    },
    "budget-owner": {
      name: "Henrik, head of product",
      role: "Budget owner: approves the paid plan",
      description: "Approves the spend when the team already relies on the tool, and looks at cost per seat.",
      quote: "Show me who uses it and what it replaces.",
      needs: {
        "usage-evidence": "Evidence of real use in the team",
        "predictable-seat-cost": "Predictable cost as the team grows",
      },
      goals: {
        "team-productivity": "A more productive team",
        "consolidate-tools": "Fewer overlapping tools",
      },
      challenges: {
        "tool-sprawl": "Too many subscriptions across teams",
        "budget-cycle": "Budgets are set once a year",
      },
    },
    "it-admin": {
      name: "Camilla, IT administrator",
      role: "IT: controls access and security",
      description:
        "Often finds the tool after the team has adopted it, then needs single sign-on and data terms.",
      quote: "If I can't manage access, it isn't approved.",
      needs: {
        "single-sign-on": "Single sign-on and automatic user provisioning",
        "data-protection-terms": "Data processing agreement and data stored in the EU",
      },
      goals: {
        "control-access": "Control who has access to company data",
        "avoid-shadow-it": "No tools outside IT's view",
      },
      challenges: {
        "discovers-tools-late": "Discovers tools after they are in use",
        "manual-offboarding": "Removes leavers from each tool by hand",
      },
    },
  },
  touchpoints: {
    search: { name: "Search", description: "Sessions from organic and paid search." },
    "review-sites": {
      name: "Software review sites",
      description: "Sessions from G2, Capterra and similar review sites.",
    },
    communities: {
      name: "Communities and social media",
      description: "Sessions from LinkedIn, Reddit, YouTube and other communities.",
    },
    "word-of-mouth": {
      name: "Recommendations from colleagues",
      description: "Colleagues who used the tool in an earlier job.",
    },
    "first-visit": { name: "First website visit", description: "The first visit to the website." },
    "sign-up-page": { name: "Sign-up", description: "Creating an account for the free trial." },
    "welcome-email": { name: "Welcome e-mail", description: "E-mail verification and the first tips." },
    "in-product-onboarding": {
      name: "In-product onboarding",
      description: "The checklist, guides and the first result that shows the product's value.",
    },
    "help-centre": {
      name: "Help centre",
      description: "Documentation, videos and answers to common questions.",
    },
    "team-invites": {
      name: "Team invitations",
      description: "Invitations sent, and colleagues joining the workspace.",
    },
    "shared-work": { name: "Shared work", description: "Projects and views shared with colleagues." },
    "in-app-upgrade": { name: "In-app upgrade", description: "Choosing a paid plan and paying online." },
    "sales-assist": {
      name: "Talk to sales",
      description: "Requests to talk to sales or for a quote, and the calls that follow.",
    },
    "trial-emails": {
      name: "Trial e-mails",
      description: "Sessions from e-mails sent during the trial and before it ends.",
    },
    "security-review": {
      name: "Security review",
      description: "Security questionnaire, data processing agreement and single sign-on setup.",
    },
    "enterprise-contract": {
      name: "Enterprise contract",
      description: "Larger contracts won by sales, sent from the CRM to GA4 as close_convert_lead.",
    },
    "account-management": {
      name: "Account management",
      description: "Regular meetings with the account manager about usage and plans.",
    },
  },
  kpis: {
    "visit-to-sign-up-rate": {
      name: "Visit-to-sign-up rate",
      description: "Share of new visitors who sign up.",
    },
    "sign-up-completion-rate": {
      name: "Sign-up completion rate",
      description: "Share of started sign-ups that are completed and verified.",
    },
    "activation-rate": {
      name: "Activation rate",
      description: "Share of new accounts that reach the activation milestone during the trial.",
    },
    "time-to-activate": {
      name: "Time to activation",
      description: "Median days from sign-up to the activation milestone.",
    },
    "invite-rate": {
      name: "Invite rate",
      description: "Share of activated accounts where at least one colleague joins.",
    },
    "trial-to-paid-rate": {
      name: "Trial-to-paid rate",
      description: "Share of trial accounts that become paying customers.",
    },
    "net-revenue-retention": {
      name: "Net revenue retention",
      description:
        "Recurring revenue from paying accounts after 12 months, as a percentage of a year before.",
    },
    nps: { name: "Net Promoter Score", description: "Promoters minus detractors among active users." },
  },
  stages: {
    awareness: {
      name: "Awareness",
      goal: "The evaluator sees that the product solves her problem and that she can try it now.",
      description: "A workflow hits its limits; the evaluator searches, reads reviews and asks peers.",
      steps: {
        "hits-limit": "Hits the limits of the current way of working",
        "searches-alternatives": "Searches for alternatives",
        "reads-reviews": "Reads reviews and comparisons",
        "first-visit": "Visits the website",
      },
      painPoints: {
        "feature-soup": "The website lists features, not the problem they solve",
        "no-public-pricing": "Pricing is hidden behind 'contact us'",
      },
      opportunities: {
        "use-case-pages": "Pages per use case and role",
        "transparent-pricing": "Public prices for self-serve plans",
      },
      blueprint: {
        physicalEvidence: { "review-profile": "Review site profile", "comparison-page": "Comparison page" },
        customerActions: { "compares-tools": "Compares tools", "asks-community": "Asks in a community" },
        frontstage: { website: "Website", "review-profile-answers": "Answers to reviews" },
        backstage: { "seo-content": "Search content", "review-program": "Review collection programme" },
        supportProcesses: { cms: "Content management system", "ad-platforms": "Ad platforms" },
      },
    },
    "sign-up": {
      name: "Sign-up",
      goal: "The evaluator is inside the product within a minute.",
      description: "Account creation, verification and the first login.",
      steps: {
        "starts-sign-up": "Starts the sign-up",
        "verifies-email": "Verifies the e-mail address",
        "first-login": "Logs in for the first time",
      },
      painPoints: {
        "card-for-trial": "Card details are required to start the trial",
        "work-email-required": "Has to use a work address before knowing whether the tool is worth it",
      },
      opportunities: {
        "sso-sign-up": "Sign-up with Google or Microsoft",
        "no-card-trial": "A trial without card details",
      },
      blueprint: {
        physicalEvidence: { "verification-email": "Verification e-mail", "empty-workspace": "New workspace" },
        customerActions: {
          "fills-sign-up": "Fills in the sign-up",
          "clicks-verification": "Clicks the verification link",
        },
        frontstage: { "sign-up-form": "Sign-up form", "welcome-screen": "Welcome screen" },
        backstage: { "account-provisioning": "Account provisioning", enrichment: "Company data enrichment" },
        supportProcesses: { "identity-provider": "Identity provider", "email-delivery": "E-mail delivery" },
      },
    },
    activation: {
      name: "Activation",
      goal: "The evaluator reaches the first real result: the moment the product proves itself.",
      description: "Setup, first data and the activation milestone.",
      steps: {
        "follows-checklist": "Follows the getting-started checklist",
        "imports-data": "Imports data or connects tools",
        "reaches-aha": "Gets the first real result",
      },
      painPoints: {
        "empty-state": "An empty product with nothing to try",
        "setup-needs-admin": "An integration needs an admin she has to ask",
      },
      opportunities: {
        "templates-and-sample-data": "Templates and sample data to start from",
        "contextual-help": "Help at the step where people get stuck",
      },
      blueprint: {
        physicalEvidence: { checklist: "Getting-started checklist", "first-result": "First result" },
        customerActions: {
          "connects-tools": "Connects tools",
          "creates-first-project": "Creates a first project",
        },
        frontstage: { "onboarding-checklist": "Onboarding checklist", "in-app-guides": "In-app guides" },
        backstage: { "activation-scoring": "Activation scoring", "lifecycle-emails": "Lifecycle e-mails" },
        supportProcesses: { "product-analytics": "Product analytics", integrations: "Integration platform" },
      },
    },
    team: {
      name: "Team adoption",
      goal: "Colleagues join and the product becomes how the team works.",
      description: "Invitations, the first collaboration and daily use by several people.",
      steps: {
        "invites-colleagues": "Invites colleagues",
        "colleagues-join": "Colleagues join the workspace",
        "works-together": "The team works together in the product",
      },
      painPoints: {
        "invite-lands-in-spam": "Invitations end up in spam",
        "no-reason-to-join": "Invited colleagues see no reason to join",
      },
      opportunities: {
        "invite-with-context": "Invite to something specific, not just the workspace",
        "value-for-invitee": "Show the invited colleague what is in it for him",
      },
      blueprint: {
        physicalEvidence: { "invitation-email": "Invitation e-mail", "shared-project": "Shared project" },
        customerActions: { "sends-invites": "Sends invitations", comments: "Comments and collaborates" },
        frontstage: { "invite-dialog": "Invitation dialogue", "shared-views": "Shared views" },
        backstage: {
          "domain-matching": "Matching colleagues by company domain",
          "collaboration-signals": "Collaboration signals",
        },
        supportProcesses: {
          "email-delivery": "E-mail delivery",
          "notification-service": "Notification service",
        },
      },
    },
    upgrade: {
      name: "Upgrade",
      goal: "The team pays because the product has become necessary.",
      description: "Plan limits, the case for paying, approval, and payment or a sales-assisted deal.",
      steps: {
        "hits-plan-limit": "Hits a limit of the trial or free plan",
        "builds-case": "Builds the case for paying",
        "gets-approval": "Gets approval from budget owner and IT",
        pays: "Pays online or signs a quote",
      },
      painPoints: {
        "trial-ends-mid-evaluation": "The trial ends before the team has decided",
        "procurement-needs": "Procurement needs a quote, invoice or supplier form",
        "security-review-late": "IT's security review starts only at the end",
      },
      opportunities: {
        "trial-extension": "Extend the trial for active teams",
        "product-qualified-leads": "Hand active accounts to sales as product-qualified leads",
        "self-serve-invoice": "Quotes and invoice payment without talking to sales",
      },
      blueprint: {
        physicalEvidence: { "pricing-page": "Pricing page", quote: "Quote", invoice: "Invoice" },
        customerActions: {
          "compares-plans": "Compares plans",
          "forwards-quote": "Forwards the quote internally",
        },
        frontstage: { "upgrade-prompt": "Upgrade prompt", "sales-rep": "Sales representative" },
        backstage: {
          "product-qualified-lead-scoring": "Product-qualified lead scoring",
          "quote-approval": "Quote approval",
        },
        supportProcesses: { "billing-system": "Billing system", crm: "CRM" },
      },
    },
    expansion: {
      name: "Expansion",
      goal: "The account grows to more teams, with IT's blessing.",
      description: "More seats, company-wide rollout, annual or enterprise contracts.",
      steps: {
        "adds-seats": "Adds seats",
        "rolls-out": "Rolls out to more teams",
        "moves-to-annual": "Moves to an annual or enterprise contract",
      },
      painPoints: {
        "seat-cost-surprise": "Seat costs grow faster than expected",
        "enterprise-features-paywalled": "Single sign-on is only in the most expensive plan",
      },
      opportunities: {
        "usage-reports-for-buyers": "Usage reports made for budget owners",
        "admin-controls": "Admin controls that let IT say yes",
      },
      blueprint: {
        physicalEvidence: {
          "security-documentation": "Security documentation",
          "order-form": "Order form",
          "usage-report": "Usage report",
        },
        customerActions: { "reviews-usage": "Reviews usage", "sets-up-sso": "Sets up single sign-on" },
        frontstage: { "account-manager": "Account manager", "admin-console": "Admin console" },
        backstage: { "expansion-signals": "Expansion signals", "renewal-forecast": "Renewal forecast" },
        supportProcesses: { crm: "CRM", "trust-centre": "Trust centre" },
      },
    },
  },
};
