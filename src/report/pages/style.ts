/** The one stylesheet of the report site (written to assets/style.css). Logical properties keep RTL right. */
export const STYLE = `@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url('fonts/noto-sans-latin-400-normal.woff2') format('woff2'); }
@font-face { font-family: 'Noto Sans'; font-weight: 700; src: url('fonts/noto-sans-latin-700-normal.woff2') format('woff2'); }
@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url('fonts/noto-sans-latin-ext-400-normal.woff2') format('woff2'); unicode-range: U+0100-024F, U+1E00-1EFF; }
@font-face { font-family: 'Noto Sans Arabic'; font-weight: 400; src: url('fonts/noto-sans-arabic-arabic-400-normal.woff2') format('woff2'); }
@font-face { font-family: 'Noto Sans Arabic'; font-weight: 700; src: url('fonts/noto-sans-arabic-arabic-700-normal.woff2') format('woff2'); }
:root { --ink: #1d2331; --muted: #5b6475; --line: #d9dde5; --accent: #0072b2; --bg: #ffffff; --soft: #f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 64px; }
header.site { background: #1d2331; color: #fff; padding: 14px 20px; }
header.site a { color: #fff; text-decoration: none; font-weight: 700; }
header.site nav { max-width: 1100px; margin: 0 auto; display: flex; gap: 20px; flex-wrap: wrap; align-items: baseline; }
h1 { font-size: 1.9rem; margin: 0.4em 0; } h2 { font-size: 1.35rem; margin-top: 2em; border-block-end: 2px solid var(--line); padding-block-end: 4px; } h3 { font-size: 1.1rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 12px 0; }
th, td { border-block-end: 1px solid var(--line); padding: 6px 8px; text-align: start; vertical-align: top; }
th { background: var(--soft); font-weight: 700; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-wrap { overflow-x: auto; margin: 12px 0; background: linear-gradient(to right, var(--bg) 30%, rgba(255, 255, 255, 0)) left center / 40px 100% no-repeat local, linear-gradient(to left, var(--bg) 30%, rgba(255, 255, 255, 0)) right center / 40px 100% no-repeat local, radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.28), rgba(0, 0, 0, 0)) left center / 16px 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.28), rgba(0, 0, 0, 0)) right center / 16px 100% no-repeat scroll; }
.table-wrap table { margin: 0; }
.table-wrap th.sticky, .table-wrap td.sticky { position: sticky; inset-inline-start: 0; z-index: 1; background: var(--bg); box-shadow: inset -1px 0 0 var(--line); }
.table-wrap th.sticky { background: var(--soft); }
td { overflow-wrap: break-word; } td.sticky { min-width: 7em; } .table-wrap .band { white-space: nowrap; }
.scroll-hint { display: none; color: var(--muted); font-size: 0.85rem; margin: 12px 0 -6px; }
.scroll-hint.always { display: block; }
@media (max-width: 1100px) { .scroll-hint { display: block; } }
.band { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.85rem; font-weight: 700; border: 1px solid currentColor; }
.band-Leading { color: #00513a; background: #d9f2e6; } .band-Advanced { color: #0b4f7a; background: #dcecf7; }
.band-Partial { color: #6b4a00; background: #fbefcf; } .band-Limited { color: #7a3b00; background: #fbe3d0; }
.band-Minimal { color: #7a1f1f; background: #f8dcdc; }
.kpis { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
.kpi { background: var(--soft); border-radius: 8px; padding: 12px 16px; min-width: 150px; }
.kpi .label { color: var(--muted); font-size: 0.85rem; display: block; } .kpi .value { font-size: 1.6rem; font-weight: 700; }
.note { color: var(--muted); font-size: 0.88rem; }
figure.chart { margin: 20px 0; } figure.chart img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { font-size: 0.88rem; color: var(--muted); display: flex; flex-direction: column; gap: 2px; margin-top: 6px; }
figcaption .chart-title { color: var(--ink); font-weight: 700; }
.story p { margin: 0.5em 0; } .story .lead { font-weight: 700; }
.recs li { margin-bottom: 10px; } .recs .gain { color: var(--muted); font-size: 0.85rem; }
.indicator { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
.indicator .head { display: flex; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.indicator .answer { font-weight: 700; } .indicator .missing { color: var(--muted); font-style: italic; }
.method-warning { border-inline-start: 4px solid #d55e00; background: #fdf0e6; padding: 8px 14px; margin: 12px 0; } .method-warning h2 { font-size: 1rem; margin: 0 0 4px; }
.indicator.flagged { border-inline-start: 4px solid #d55e00; } .indicator .flag { color: #a04000; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.langs a { margin-inline-end: 10px; }
@media print { .scroll-hint { display: none; } .table-wrap { background: none; } header.site { display: none; } main { max-width: none; padding: 0; } a { color: inherit; } }
`;
