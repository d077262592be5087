import type { TemplateMessages } from "../../template/journey-template";
import type { b2cEcommerceStructure } from "../structure";

export const en: TemplateMessages<typeof b2cEcommerceStructure> = {
  journey: {
    name: "Web shop: from first visit to loyal customer",
    description:
      "A B2C e-commerce journey: one person decides quickly, mostly on the phone, through a few digital touchpoints centred on the web shop and social media. Start here, then replace the assumptions with your own research and GA4 data.",
  },
  profile: {
    decisionProcess:
      "One person decides, often within a single session or a few days; emotion, price and convenience weigh more than specifications.",
    touchpoints:
      "Few and mostly digital: ads, social media and search bring people in, the web shop carries the decision, the parcel is the only physical touchpoint.",
    relationship:
      "Transactional and easy to leave: loyalty is earned purchase by purchase through delivery, returns and relevant offers.",
  },
  teams: {
    marketing: "Marketing",
    ecommerce: "E-commerce",
    logistics: "Logistics",
    "customer-service": "Customer service",
    crm: "CRM and loyalty",
  },
  customEvents: {
    support_chat_start: "Send when the customer opens a conversation in the support chat widget.",
    write_review:
      "Send when the customer submits a product review on the site or through the review request.",
  },
  personas: {
    kari: {
      name: "Kari, 35",
      role: "Working mother of two small children",
      description:
        "Shops for the family on her phone in short bursts, values speed and trust over the lowest price.",
      quote: "I shop in the ten minutes after the kids have fallen asleep.",
      needs: {
        "total-price-early": "See the total price, shipping included, before checkout",
        "familiar-payment": "Pay with a method she already trusts, in one tap",
        "reliable-delivery": "A delivery date she can plan around",
      },
      goals: {
        "fast-safe-purchase": "A fast and safe online purchase",
        "good-value": "Good quality for the money, without hunting for deals",
      },
      challenges: {
        "little-time": "Little time, often interrupted",
        "hidden-costs": "Distrusts shops that reveal costs late",
      },
    },
    jonas: {
      name: "Jonas, 23",
      role: "Student with a part-time job",
      description: "Discovers products through creators on social media and compares prices before he buys.",
      quote: "If it's cheaper somewhere else, I'll find it.",
      needs: {
        "honest-reviews": "Honest reviews and photos from real buyers",
        "free-returns": "Free and simple returns",
      },
      goals: {
        "best-price": "The best price for what he wants",
        "discover-trends": "Find things his friends have not seen yet",
      },
      challenges: {
        "tight-budget": "A tight monthly budget",
        "choice-overload": "Too many similar products to choose between",
      },
    },
  },
  touchpoints: {
    "paid-ads": {
      name: "Paid search and display ads",
      description: "Sessions that start from a paid click (cpc, ppc, display).",
    },
    "social-media": {
      name: "Social media",
      description: "Sessions from Instagram, TikTok, Facebook and other social networks, organic or paid.",
    },
    "organic-search": {
      name: "Organic search",
      description: "Sessions that start from an unpaid search result.",
    },
    "first-visit": {
      name: "First visit",
      description: "The first visit to the web shop or the first app open.",
    },
    "product-listings": {
      name: "Category pages and campaigns",
      description: "Product lists, promotions and the products chosen from them.",
    },
    "product-page": {
      name: "Product page",
      description: "Product details, and products saved to the wishlist.",
    },
    "site-search": { name: "Site search", description: "Searches in the shop and their result pages." },
    "reviews-comparison": {
      name: "Review and price comparison sites",
      description:
        "Trustpilot, price comparison sites and forums: outside your GA4 data, but part of the decision.",
    },
    cart: { name: "Cart", description: "Adding, removing and viewing products in the cart." },
    checkout: { name: "Checkout", description: "Delivery, payment and the completed order." },
    "order-updates": {
      name: "Order and shipping messages",
      description: "Order confirmation, shipping and tracking messages by e-mail and SMS.",
    },
    delivery: { name: "Parcel delivery", description: "Home delivery, parcel locker or pick-up point." },
    "customer-service": {
      name: "Customer service chat",
      description: "Questions about orders, delivery and returns.",
    },
    returns: { name: "Returns and refunds", description: "The returns portal and the refund of the money." },
    "loyalty-club": { name: "Loyalty club", description: "Membership with member prices and bonus points." },
    newsletter: {
      name: "Newsletter",
      description: "Sessions that start from a newsletter or campaign e-mail.",
    },
    "reviews-referrals": {
      name: "Reviews and referrals",
      description: "Product reviews, and referral links shared with friends.",
    },
  },
  kpis: {
    "product-view-rate": {
      name: "Product view rate",
      description: "Share of new visitors who view at least one product.",
    },
    "add-to-cart-rate": {
      name: "Add-to-cart rate",
      description: "Share of customers who view a product and add one to the cart.",
    },
    "cart-abandonment": {
      name: "Cart abandonment",
      description: "Share of customers who add to the cart but do not complete a purchase.",
    },
    "checkout-conversion": {
      name: "Checkout conversion",
      description: "Share of customers who begin checkout and complete the purchase.",
    },
    "delivery-csat": {
      name: "Delivery satisfaction (CSAT)",
      description: "Share of customers answering 4 or 5 on a 5-point scale after delivery.",
    },
    "contact-rate": {
      name: "Contact rate",
      description: "Support contacts per order: each is a question the journey did not answer.",
    },
    "refund-rate": { name: "Refund rate", description: "Share of orders refunded in full or in part." },
    "repeat-purchase-rate": {
      name: "Repeat purchase rate",
      description: "Share of customers who buy again within 12 months of their first purchase.",
    },
    nps: { name: "Net Promoter Score", description: "Promoters minus detractors, from -100 to 100." },
  },
  stages: {
    awareness: {
      name: "Awareness",
      goal: "The customer discovers the shop and believes it has what she needs at a fair price.",
      description: "From the first ad, post or search result to the first visit.",
      steps: {
        "sees-ad": "Sees an ad or a friend's post on social media",
        searches: "Searches for the product",
        "first-visit": "Visits the shop for the first time, usually on the phone",
      },
      painPoints: {
        "ad-fatigue": "Many similar ads; the shop does not stand out",
        "slow-landing": "The landing page loads slowly on mobile",
      },
      opportunities: {
        "delivery-in-ad": "Show delivery time and the free-shipping threshold in the ad",
        "creator-content": "Use customers' and creators' photos in social ads",
      },
      blueprint: {
        physicalEvidence: {
          "ad-creative": "Ad image or video",
          "search-snippet": "Search result with price and rating",
        },
        customerActions: {
          "scrolls-feed": "Scrolls the feed",
          "clicks-through": "Clicks through to the shop",
        },
        frontstage: { "landing-page": "Landing page", "social-profile": "Social media profile" },
        backstage: {
          "campaign-management": "Campaign planning and bidding",
          "product-feed": "Product feed for ads",
        },
        supportProcesses: {
          "ad-platforms": "Ad platforms",
          "consent-analytics": "Consent management and analytics",
        },
      },
    },
    consideration: {
      name: "Consideration",
      goal: "The customer finds the right product and trusts that it fits her needs.",
      description: "Browsing, searching, comparing and reading reviews, often over several visits.",
      steps: {
        "browses-category": "Browses categories and campaigns",
        "compares-products": "Compares products and prices",
        "reads-reviews": "Reads reviews, also outside the shop",
        "saves-favourite": "Saves a favourite for later",
      },
      painPoints: {
        "missing-product-info": "Sizes, materials or dimensions are missing",
        "poor-search": "Site search finds nothing for everyday words",
        "unclear-stock": "Stock and delivery time are unclear until checkout",
      },
      opportunities: {
        "size-guide": "A size guide and fit feedback from other buyers",
        "delivery-date-on-page": "The expected delivery date on the product page",
        "review-highlights": "Highlight the reviews that answer common doubts",
      },
      blueprint: {
        physicalEvidence: { "product-photos": "Product photos and videos", ratings: "Star ratings" },
        customerActions: { filters: "Filters and sorts", "reads-reviews": "Reads reviews" },
        frontstage: {
          "category-pages": "Category pages",
          "product-pages": "Product pages",
          "site-search": "Site search",
        },
        backstage: {
          "product-information": "Product data enrichment",
          "stock-sync": "Stock synchronisation",
        },
        supportProcesses: {
          "pim-system": "Product information system (PIM)",
          "review-platform": "Review platform",
        },
      },
    },
    purchase: {
      name: "Purchase",
      goal: "The customer pays without doubts or surprises.",
      description: "From the cart to the order confirmation: the most measurable and the most leaky stage.",
      steps: {
        "adds-to-cart": "Adds the product to the cart",
        "checks-total": "Checks the total with shipping",
        "enters-details": "Enters delivery details",
        pays: "Pays",
      },
      painPoints: {
        "shipping-cost-surprise": "Shipping costs appear only at checkout",
        "forced-account": "Has to create an account to buy",
        "payment-failure": "The payment fails or the card is declined without a clear reason",
      },
      opportunities: {
        "free-shipping-meter": "Show how far the cart is from free shipping",
        "guest-checkout": "Guest checkout, with an account offered after the purchase",
        "wallet-payment": "Wallet payments that need no card details",
      },
      blueprint: {
        physicalEvidence: {
          "order-confirmation-page": "Order confirmation page",
          "confirmation-email": "Order confirmation e-mail",
        },
        customerActions: {
          "reviews-cart": "Reviews the cart",
          "chooses-delivery": "Chooses a delivery option",
          pays: "Pays",
        },
        frontstage: { "cart-page": "Cart", "checkout-page": "Checkout" },
        backstage: { "fraud-check": "Fraud check", "order-creation": "Order creation in the order system" },
        supportProcesses: {
          "payment-provider": "Payment provider",
          "shipping-api": "Carrier booking service",
        },
      },
    },
    service: {
      name: "Service and follow-up",
      goal: "The order arrives as promised, and problems are solved quickly.",
      description: "Delivery, questions and returns: where the promise of the purchase is kept or broken.",
      steps: {
        "tracks-parcel": "Follows the parcel",
        "receives-parcel": "Receives or picks up the parcel",
        "contacts-support": "Contacts customer service with a question",
        "returns-item": "Returns an item and waits for the refund",
      },
      painPoints: {
        "vague-tracking": "Tracking says nothing useful about when the parcel arrives",
        "missed-delivery": "The parcel comes when nobody is home",
        "slow-refund": "The refund takes more than a week",
      },
      opportunities: {
        "proactive-delay-notice": "Tell the customer about delays before she asks",
        "pickup-point-choice": "Let the customer change the pick-up point after ordering",
        "instant-refund": "Refund as soon as the return is scanned",
      },
      blueprint: {
        physicalEvidence: {
          parcel: "Parcel and packaging",
          "tracking-sms": "Tracking SMS",
          "return-label": "Return label",
        },
        customerActions: {
          tracks: "Checks the tracking page",
          "picks-up": "Picks up the parcel",
          "opens-chat": "Opens the chat",
          "sends-return": "Sends a return",
        },
        frontstage: {
          "chat-agent": "Chat agent",
          "tracking-page": "Tracking page",
          "returns-portal": "Returns portal",
        },
        backstage: { "warehouse-picking": "Picking and packing", "returns-handling": "Returns inspection" },
        supportProcesses: { carrier: "Carrier", "service-platform": "Customer service platform" },
      },
    },
    loyalty: {
      name: "Loyalty",
      goal: "The customer comes back, and recommends the shop to others.",
      description: "Repeat purchases, membership, reviews and referrals.",
      steps: {
        "buys-again": "Buys again",
        "joins-club": "Joins the loyalty club",
        "writes-review": "Writes a review",
        "refers-friend": "Recommends the shop to a friend",
      },
      painPoints: {
        "irrelevant-emails": "Newsletters with offers that do not fit her",
        "weak-benefits": "Member benefits that are hard to notice",
      },
      opportunities: {
        "replenishment-reminder": "Remind the customer when a consumable runs out",
        "personalised-offers": "Offers based on earlier purchases",
        "referral-reward": "A reward for both sides of a referral",
      },
      blueprint: {
        physicalEvidence: {
          "member-card": "Member card in the app",
          "review-request": "Review request e-mail",
        },
        customerActions: {
          "opens-newsletter": "Opens the newsletter",
          "uses-member-offer": "Uses a member offer",
          "shares-referral": "Shares a referral link",
        },
        frontstage: {
          "club-page": "Loyalty club page",
          newsletter: "Newsletter",
          "review-form": "Review form",
        },
        backstage: { segmentation: "Customer segmentation", "review-moderation": "Review moderation" },
        supportProcesses: {
          "crm-platform": "CRM and customer data platform",
          "email-platform": "E-mail platform",
        },
      },
    },
  },
};
