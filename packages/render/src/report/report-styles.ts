/**
 * The report's one stylesheet, inline so the file needs nothing from the network. Text colours
 * are darker shades of the Okabe-Ito palette, for contrast of at least 4.5:1 on white.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #555; --line: #d4d4d4; --tint: #f4f4f4; --blue: #0072b2; --good: #00755a; --bad: #b34700; --unclear: #8a6100; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--text); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.45; }
header, main, footer { max-width: 1260px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 1.9rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.35rem; margin: 0 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--blue); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0.4rem 0; }
a { color: var(--blue); }
.lede { color: var(--muted); margin: 0; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; margin: 1rem 0 0; }
section { margin: 2.25rem 0; }
figure { margin: 0; overflow-x: auto; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.card .figure { display: block; font-size: 1.7rem; font-weight: 700; }
.card .label { display: block; color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--tint); }
.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.status { font-weight: 600; white-space: nowrap; }
.status-on-target { color: var(--good); }
.status-off-target { color: var(--bad); }
.status-unclear { color: var(--unclear); }
.status-no-data, .status-no-target { color: var(--muted); font-weight: 400; }
ul.findings { padding-left: 1.2rem; }
footer { color: var(--muted); font-size: 0.85rem; padding-bottom: 28px; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  section { break-inside: avoid-page; }
  #journey-map { break-after: page; }
}
`;
