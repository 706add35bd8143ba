/**
 * Jalur's design system: one small stylesheet, mobile first (360 px), system fonts (no web fonts
 * to download on slow data), colours with WCAG AA contrast, a visible focus ring, and forms in
 * the GOV.UK way (labels above fields, errors beside them and summarised at the top).
 */
export const STYLES = `
:root {
  --ink: #0b0c0c; --muted: #4b5258; --paper: #ffffff; --wash: #f3f5f6; --line: #b1b4b6;
  --brand: #00615e; --brand-dark: #004643; --link: #1d4f91; --link-visited: #4c2c92;
  --error: #b4251d; --ok: #00703c; --warn: #8a4b00; --focus: #ffdd00;
  --space: 1rem; --radius: 4px; --measure: 40rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.5; -webkit-text-size-adjust: 100%;
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-size: 1.0625rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:hover { text-decoration-thickness: 3px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
a:focus-visible { background: var(--focus); color: var(--ink); box-shadow: 0 4px var(--ink); outline: none; text-decoration: none; }
h1, h2, h3 { line-height: 1.2; margin: 1.25rem 0 0.75rem; }
h1 { font-size: 1.75rem; } h2 { font-size: 1.375rem; } h3 { font-size: 1.125rem; }
p, ul, ol, dl { margin: 0 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); border: 0; white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--focus); color: var(--ink); z-index: 10; }
.skip-link:focus { left: 0; }
.container { max-width: 60rem; margin: 0 auto; padding: 0 var(--space); }
.header { background: var(--brand-dark); color: #fff; border-bottom: 6px solid var(--brand); }
.header a, .header a:visited { color: #fff; }
.header__bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; padding-block: 0.5rem; }
.header__brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
.header__tagline { display: none; font-size: 0.8125rem; font-weight: 400; }
.header__tools { display: flex; gap: 0.75rem; align-items: center; font-size: 0.9375rem; }
.nav { background: var(--wash); border-bottom: 1px solid var(--line); }
/* relative: the unread badge's hidden text (absolute) stays in the scrolling menu, not widening the page */
.nav ul { position: relative; list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 0.875rem; }
.nav a { display: inline-block; padding: 0.375rem 0; font-weight: 600; font-size: 0.9375rem; white-space: nowrap; }
.nav a[aria-current="page"] { color: var(--ink); text-decoration: none; border-bottom: 4px solid var(--brand); }
.badge-count { display: inline-block; min-width: 1.5em; padding: 0 0.35em; border-radius: 1em; background: var(--error); color: #fff; font-size: 0.8125rem; text-align: center; }
main { padding: 0.5rem 0 2.5rem; }
.lead { font-size: 1.1875rem; color: var(--muted); max-width: var(--measure); }
.footer { border-top: 1px solid var(--line); background: var(--wash); padding: 1.25rem 0; font-size: 0.9375rem; color: var(--muted); }
.button { display: inline-block; padding: 0.5rem 1rem; border: 2px solid transparent; border-radius: var(--radius); background: var(--ok); color: #fff; font: inherit; font-weight: 600; line-height: 1.25; text-decoration: none; cursor: pointer; box-shadow: 0 2px 0 #002d18; margin: 0 0.5rem 1rem 0; }
.button:visited { color: #fff; }
.button:hover { background: #005a30; }
.button--inline { margin: 0; }
.button--secondary { background: var(--wash); color: var(--ink); box-shadow: 0 2px 0 #929191; }
.button--secondary:visited { color: var(--ink); }
.button--warning { background: var(--error); box-shadow: 0 2px 0 #55150e; }
.button:focus-visible { background: var(--focus); color: var(--ink); box-shadow: 0 2px 0 var(--ink); outline: 3px solid transparent; }
.field { margin: 0 0 1.5rem; max-width: var(--measure); }
.field--error { border-left: 5px solid var(--error); padding-left: 0.75rem; }
.label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.hint { display: block; color: var(--muted); margin-bottom: 0.375rem; }
.error-message { display: block; color: var(--error); font-weight: 700; margin-bottom: 0.375rem; }
.input, .select, .textarea { display: block; width: 100%; max-width: 100%; min-height: 2.75rem; padding: 0.375rem 0.5rem; border: 2px solid var(--ink); border-radius: 0; font: inherit; background: #fff; color: var(--ink); }
.input--short { max-width: 12rem; }
.field--error .input, .field--error .select, .field--error .textarea { border-color: var(--error); }
.checkbox { display: flex; gap: 0.5rem; align-items: flex-start; margin-bottom: 0.5rem; }
.checkbox input { width: 1.5rem; height: 1.5rem; margin: 0.125rem 0 0; flex: none; }
fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; }
legend { font-weight: 700; font-size: 1.125rem; margin-bottom: 0.5rem; }
.error-summary { border: 5px solid var(--error); padding: 1rem; margin: 1rem 0 1.5rem; max-width: var(--measure); }
.error-summary h2 { margin-top: 0; font-size: 1.25rem; }
.error-summary a { color: var(--error); font-weight: 700; }
.notice { border-left: 5px solid var(--brand); background: var(--wash); padding: 0.75rem 1rem; margin: 0 0 1.5rem; max-width: var(--measure); }
.notice--warning { border-color: var(--warn); }
.notice--success { border-color: var(--ok); }
.tag { display: inline-block; padding: 0.125rem 0.5rem; font-size: 0.875rem; font-weight: 700; letter-spacing: 0.02em; background: #d2e2f1; color: #0c2d4a; border-radius: 2px; }
.tag--ok { background: #cce2d8; color: #005a30; }
.tag--warn { background: #fff7bf; color: #594d00; }
.tag--error { background: #f4cdc6; color: #942514; }
.tag--grey { background: #e5e6e7; color: #383f43; }
.cards { list-style: none; padding: 0; margin: 0 0 1.5rem; display: grid; gap: 1rem; }
.card { border: 1px solid var(--line); border-top: 4px solid var(--brand); padding: 0.75rem 1rem; background: #fff; }
.card h2, .card h3 { margin-top: 0.25rem; }
.meta { color: var(--muted); font-size: 0.9375rem; }
.summary { margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
.summary div { display: grid; grid-template-columns: 1fr; padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.summary dt { font-weight: 700; } .summary dd { margin: 0; }
.lines { list-style: none; padding: 0; margin: 0 0 1rem; }
.lines li { padding: 0.375rem 0 0.375rem 1.75rem; position: relative; }
.lines li::before { position: absolute; left: 0; font-weight: 700; }
.lines .met::before { content: "✓"; color: var(--ok); }
.lines .partial::before { content: "~"; color: var(--warn); }
.lines .missing::before { content: "✗"; color: var(--error); }
.timeline { list-style: none; padding: 0 0 0 1rem; border-left: 3px solid var(--line); margin: 0 0 1.5rem; }
.timeline li { margin-bottom: 0.75rem; }
.table-wrap { overflow-x: auto; margin-bottom: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.5rem 0.75rem 0.5rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.inline-form { display: inline; }
.date-input { display: flex; gap: 1rem; }
.date-input .input { width: 4.5rem; }
.date-input .date-input__year { width: 6rem; }
.filters { background: var(--wash); padding: 0.75rem 1rem 0.25rem; margin-bottom: 1.5rem; }
.filters .field { margin-bottom: 0.75rem; }
.htmx-indicator { display: none; } .htmx-request .htmx-indicator, .htmx-request.htmx-indicator { display: inline; }
@media (min-width: 40rem) {
  h1 { font-size: 2.25rem; }
  .summary div { grid-template-columns: 14rem 1fr; gap: 1rem; }
  .header__tagline { display: block; }
  .nav a { font-size: 1rem; padding: 0.5rem 0; }
  .cards--two { grid-template-columns: 1fr 1fr; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
/* --- Credentials, inbox, notification settings, "who read my data" (pages/credentials.tsx) --- */
.credential__state { margin-bottom: 0.75rem; }
.credential .summary { margin-bottom: 0.5rem; }
.credential-due ul { margin-bottom: 0; padding-left: 1.25rem; }
.credential-due h2 { margin-top: 0; font-size: 1.125rem; }
.break-anywhere { overflow-wrap: anywhere; }
.skill-search__row { display: flex; gap: 0.5rem; align-items: stretch; }
.skill-search__row .input { flex: 1 1 auto; min-width: 0; }
.skill-search__row .button { margin: 0; flex: none; }
.skill-results { list-style: none; padding: 0; margin: 0 0 1rem; border-top: 1px solid var(--line); max-width: var(--measure); }
.skill-results li { padding: 0.625rem 0; border-bottom: 1px solid var(--line); }
.skill-results a { font-weight: 700; }
.skill-results .meta { display: block; overflow-wrap: anywhere; }
.inbox { list-style: none; padding: 0; margin: 0 0 1.5rem; max-width: var(--measure); }
.inbox__item { border: 1px solid var(--line); border-left: 5px solid var(--line); padding: 0.75rem 1rem; margin-bottom: 0.75rem; background: #fff; }
.inbox__item--unread { border-left-color: var(--brand); background: var(--wash); }
.inbox__title { font-size: 1.125rem; margin-top: 0; }
.inbox__item p { margin-bottom: 0.5rem; overflow-wrap: anywhere; }
.inbox__actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.pager { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1.5rem; }
/* public: open vacancies, a vacancy's page, the official check */
.summary--tight div { padding: 0.25rem 0; }
.salary { font-size: 1.25rem; font-weight: 700; margin-bottom: 0.25rem; }
.prose { max-width: var(--measure); white-space: pre-line; }
.row--warn td { background: #fff7bf; }
.card--refused { border-top-color: var(--error); }
.reasons li { margin-bottom: 0.375rem; font-weight: 600; }
.law { border-color: var(--error); }
.law h2 { margin-top: 0; }
/* --- fairs: ordered picks, my interviews, the check-in QR (pages/fairs/) --- */
.picks { list-style: none; padding: 0; margin: 0; }
.picks li { margin-bottom: 0.75rem; }
.qr { margin: 0 0 1rem; }
.qr img { display: block; width: 100%; max-width: 15rem; height: auto; background: #fff; border: 1px solid var(--line); }
.qr__code { display: block; margin-top: 0.5rem; padding: 0.5rem; background: var(--wash); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.875rem; word-break: break-all; }
.fair-action { margin: 0 0 1rem; }
.fair-action summary { cursor: pointer; color: var(--link); font-weight: 600; padding: 0.25rem 0; }
`;
