import type { Channel } from "@journeykit/core";
import { round } from "../svg/svg";

/** Line drawings on a 14 x 14 grid, one per channel; stroked, never filled, so they read in any colour. */
const ICON_SHAPES: Readonly<Record<Channel, string>> = {
  web: '<circle cx="7" cy="7" r="6"/><ellipse cx="7" cy="7" rx="2.6" ry="6"/><path d="M1 7h12"/>',
  search: '<circle cx="6" cy="6" r="4.2"/><path d="M9 9l4.2 4.2"/>',
  social:
    '<circle cx="3" cy="7" r="1.8"/><circle cx="11" cy="3" r="1.8"/><circle cx="11" cy="11" r="1.8"/><path d="M4.6 6.2l4.8-2.4M4.6 7.8l4.8 2.4"/>',
  email: '<rect x="1" y="3" width="12" height="8.5" rx="1"/><path d="M1 3.5l6 4.5 6-4.5"/>',
  chat: '<path d="M2 2h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H6.5L3.5 12.8V10H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z"/>',
  app: '<rect x="3.8" y="1" width="6.4" height="12" rx="1.2"/><path d="M6.2 11h1.6"/>',
  store: '<path d="M1 6l6-5 6 5"/><path d="M2.3 5.4V13h9.4V5.4"/><path d="M5.6 13V9h2.8v4"/>',
  phone:
    '<path d="M3 1.5h2.2l1.2 3-1.6 1.1a7.6 7.6 0 0 0 3.6 3.6l1.1-1.6 3 1.2V11a1.5 1.5 0 0 1-1.5 1.5A10.5 10.5 0 0 1 1.5 3 1.5 1.5 0 0 1 3 1.5z"/>',
  delivery: '<path d="M1.5 4.5L7 2l5.5 2.5v6.2L7 13.2l-5.5-2.5z"/><path d="M1.5 4.5L7 7l5.5-2.5M7 7v6.2"/>',
  ads: '<path d="M2 5.2h2.4L10.5 2v10L4.4 8.8H2z"/><path d="M4.4 8.8l1 3.6h1.8l-.8-3"/><path d="M12.2 5.5v3"/>',
  "review-site": '<path d="M7 1.2l1.8 3.8 4.1.5-3 2.9.8 4.1L7 10.5l-3.7 2 .8-4.1-3-2.9 4.1-.5z"/>',
  other: '<circle cx="2.5" cy="7" r="1.2"/><circle cx="7" cy="7" r="1.2"/><circle cx="11.5" cy="7" r="1.2"/>',
};

/** The icon of a channel at (x, y), `size` units wide, drawn in `colour`; decorative, so hidden from screen readers (the channel is also written as text). */
export function channelIcon(channel: Channel, x: number, y: number, size: number, colour: string): string {
  const scale = round(size / 14);
  return `<g transform="translate(${round(x)} ${round(y)}) scale(${scale})" fill="none" stroke="${colour}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${ICON_SHAPES[channel]}</g>`;
}
