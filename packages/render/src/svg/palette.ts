/**
 * The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that stay
 * distinct for the common forms of colour blindness. Every chart also tells things apart by
 * shape, dash or text, never by colour alone.
 */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Neutral tones for text, grid lines and backgrounds. */
export const NEUTRAL = {
  text: "#1A1A1A",
  mutedText: "#555555",
  grid: "#C8C8C8",
  laneBackground: "#F4F4F4",
  background: "#FFFFFF",
} as const;

/** Light tints of the palette for filled areas behind dark text. */
export const TINT = {
  blue: "#DCEBF5",
  orange: "#FBEFD5",
  vermillion: "#F7E0D0",
  bluishGreen: "#D5EFE6",
  skyBlue: "#E3F2FB",
} as const;
