/**
 * A country's scorecard as an A4 PDF, drawn with @napi-rs/canvas's PDFDocument (no browser):
 * the same content, order and strings as the HTML scorecard (../pages/scorecard-html.ts).
 * Text is vector with the bundled Noto fonts embedded and subset; the radar stays vector.
 * Laid out first (every line measured and placed), then drawn, so the footer can say "n / N".
 * Same input → same bytes: Skia writes no creation date or document id unless asked.
 */
import { PDFDocument } from '@napi-rs/canvas';
import { flaggedText, sourceSuffix } from '../pages/evidence-text.js';
import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { rankText } from '../pages/rank-text.js';
import type { ChartSpec } from '../charts/types.js';
import { bandBorder, bandColour, bandText, theme } from '../charts/theme.js';
import { TOP_RECOMMENDATIONS, type Recommendation, type Scorecard } from '../model/scorecard.js';
import { changeStory } from '../model/story.js';
import { rankMove } from '../pages/rank-move.js';
import { safeHref } from '../html/html.js';
import { fmt, int, signed } from '../pages/format.js';
import { registerFonts } from '../render/fonts.js';
import { withChartCanvas } from './chart-canvas.js';
import { forgetState, setState } from './ctx-state.js';
import { paginate, type Block, type Placed } from './flow.js';
import {
  Column, drawText, heading, keepTogether, LINE, measurer, MUTED, PAGE, para, SOFT, STYLES,
  type Ctx, type Dir, type Measurer, type Style,
} from './kit.js';
import { textDirection, wrap } from './text.js';

export interface ScorecardPdfOptions {
  strings: Strings;
  locale: string;
  dir: Dir;
  /** The country's radar chart, drawn under "Scores by dimension"; null for none. */
  radar: ChartSpec | null;
  /** Printed in the header of every page. */
  indexName: string;
  /**
   * Band labels as the methodology names them, lowest first, to colour the band badge with
   * `theme.bands`; default the shipped index's five. A band not in the list gets a grey badge;
   * the (display) label is always printed.
   */
  bands?: readonly string[];
}

/** The shipped index's bands, lowest first (indicators/methodology.json). */
export const DEFAULT_BANDS: readonly string[] = ['Minimal', 'Limited', 'Partial', 'Advanced', 'Leading'];

/** Canvas width (CSS px) the radar is drawn at before it is scaled into the page. */
const RADAR_CSS_WIDTH = 680;
/** Width of the radar on the page, points. */
const RADAR_WIDTH = 420;

/**
 * Text without the arrows ↑ ↓ → and the mark ‡, which the bundled Noto fonts lack (drawing them
 * would embed a system font); the words ("up 3 places") carry the meaning. ‡ becomes "**".
 */
export function pdfText(text: string): string {
  return text.replace(/[↑↓→]\s?/g, '').replace(/‡/g, '**');
}

/** A country's scorecard as PDF bytes; see the module comment. */
export function scorecardPdf(card: Scorecard, o: ScorecardPdfOptions): Buffer {
  return drawScorecard(layoutScorecard(card, o), card, o).close();
}

/** A scorecard laid out: every block measured and placed on its page, nothing drawn yet. */
export interface ScorecardLayout {
  title: string;
  col: Column;
  placed: Placed<Ctx>[];
  pages: number;
}

/** The layout phase of scorecardPdf: measure, wrap and paginate (no PDF drawing). */
export function layoutScorecard(card: Scorecard, o: ScorecardPdfOptions): ScorecardLayout {
  registerFonts();
  const m = measurer();
  const col = new Column(PAGE.margin, PAGE.width - PAGE.margin, o.dir);
  const s = o.strings;
  const title = t(s, 'card.title', { country: card.name, edition: card.edition });
  const blocks: Block<Ctx>[] = [
    ...para(m, col, title, STYLES.title),
    ...keyFigures(m, col, card, o),
    ...recommendations(m, col, card, o),
    ...dimensions(m, col, card, o),
    ...moreRecommendations(m, col, card, o),
    ...changes(m, col, card, o),
    ...indicators(m, col, card, o),
  ];
  const { placed, pages } = paginate(blocks, PAGE.bodyTop, PAGE.bodyBottom);
  return { title, col, placed, pages };
}

/** The drawing phase of scorecardPdf: every page drawn into a PDF document, not yet closed. */
export function drawScorecard(layout: ScorecardLayout, card: Scorecard, o: ScorecardPdfOptions): PDFDocument {
  const { title, col, placed, pages } = layout;
  const doc = new PDFDocument({ title, subject: o.indexName, creator: 'policy-index' });
  let next = 0;
  for (let page = 0; page < pages; page++) {
    const ctx = doc.beginPage(PAGE.width, PAGE.height) as unknown as Ctx;
    forgetState(ctx);
    setState(ctx, 'direction', o.dir);
    frame(ctx, col, o, card.name, `${int(o.locale, page + 1)} / ${int(o.locale, pages)}`);
    for (; next < placed.length && placed[next]!.page === page; next++) {
      // no save/restore around a block: every block sets what it draws with (the text and fill
      // state through setState, whose record a restore would falsify)
      const p = placed[next]!;
      p.block.draw(ctx, p.top);
    }
    doc.endPage();
  }
  return doc;
}

/** Header (index name at the start, country at the end, a rule) and the page number. */
function frame(ctx: Ctx, col: Column, o: ScorecardPdfOptions, country: string, pageNo: string): void {
  const style = STYLES.note;
  drawText(ctx, o.indexName, col.start(), 24, style, col.startAlign, textDirection(o.indexName, o.dir));
  drawText(ctx, country, col.end(), 24, { ...style, bold: true }, col.endAlign, textDirection(country, o.dir));
  setState(ctx, 'fillStyle', LINE);
  ctx.fillRect(col.left, 40, col.width, 0.75);
  drawText(ctx, pageNo, (col.left + col.right) / 2, PAGE.height - 36, style, 'center', o.dir);
}

/** The key-figure boxes (score, rank, band, coverage, change) and the coverage note. */
function keyFigures(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  const L = o.locale;
  const rankWords = rankText(card, s, L);
  const pct = Math.round(card.coverage.share * 100);
  const figures: { label: string; value: string; band?: boolean }[] = [
    { label: t(s, 'card.score'), value: fmt(L, card.score) },
    { label: t(s, 'card.rank'), value: rankWords },
    { label: t(s, 'card.band'), value: card.band ?? '–', band: card.band !== null },
    { label: t(s, 'card.coverage'), value: `${int(L, pct)}%` },
  ];
  if (card.previous !== null && card.change) {
    figures.push({ label: t(s, 'card.change', { previous: card.previous }), value: `${signed(L, card.change.score)} ${pdfText(rankMove(s, card.change.rank))}` });
  }
  const gapX = 8;
  const pad = 9;
  const boxW = (col.width - gapX * (figures.length - 1)) / figures.length;
  const inner = boxW - 2 * pad;
  const laid = figures.map((f) => {
    const labels = wrap(m.for(STYLES.label), f.label, inner);
    // A value too long for one line at the display size (a rank interval) drops to a smaller size.
    const big = wrap(m.for(STYLES.value), f.value, inner);
    const style: Style = big.length > 1 ? STYLES.valueSmall : STYLES.value;
    const values = f.band ? [f.value] : big.length > 1 ? wrap(m.for(style), f.value, inner) : big;
    return { ...f, labels, values, style };
  });
  const labelH = Math.max(...laid.map((f) => f.labels.length)) * STYLES.label.leading;
  const valueH = Math.max(STYLES.value.leading, ...laid.map((f) => (f.band ? BADGE.height + 2 : f.values.length * f.style.leading)));
  const height = pad + labelH + 4 + valueH + pad;
  const box: Block<Ctx> = {
    height, gap: 12, keep: 1,
    draw: (ctx, top) => laid.forEach((f, k) => {
      const from = k * (boxW + gapX);
      const x = col.boxX(from, from + boxW);
      setState(ctx, 'fillStyle', SOFT);
      ctx.beginPath();
      ctx.roundRect(x, top, boxW, height, 6);
      ctx.fill();
      f.labels.forEach((line, j) => drawText(ctx, line, col.start(from + pad), top + pad + j * STYLES.label.leading, STYLES.label, col.startAlign, textDirection(f.label, col.dir)));
      const vTop = top + pad + labelH + 4;
      if (f.band) badge(ctx, m, col, f.value, bandKey(card), from + pad, vTop, o.bands ?? DEFAULT_BANDS);
      else f.values.forEach((line, j) => drawText(ctx, line, col.start(from + pad), vTop + j * f.style.leading, f.style, col.startAlign, textDirection(f.value, col.dir)));
    }),
  };
  const applicable = card.coverage.answered + card.coverage.missing;
  const note = `${t(s, 'card.coverageValue', { answered: card.coverage.answered, applicable, pct })}${card.ranked ? '' : ` ${t(s, 'card.notRanked')}`}`;
  const notes = [note];
  if (card.coverage.missing > 0) notes.push(`† ${t(s, 'card.shortfall', { answered: card.coverage.answered, applicable, missing: card.coverage.missing })}`);
  const like = card.change?.likeForLike;
  if (like) notes.push(like.score === null ? t(s, 'card.changeLikeNone', { compared: like.compared, applicable: like.applicable }) : t(s, 'card.changeLike', { score: signed(L, like.score), compared: like.compared, applicable: like.applicable }));
  if (card.carried.length > 0 && card.previous !== null) notes.push(`** ${t(s, 'card.carried', { previous: card.previous, indicators: card.carried.map((id) => card.indicators.find((i) => i.id === id)?.name ?? id).join(', ') })}`);
  return [box, ...notes.flatMap((n) => para(m, col, n, STYLES.note, { gap: 6 }))];
}

const BADGE = { height: 20, padX: 9, style: { size: 10, bold: true, colour: theme.text, leading: 20 } satisfies Style } as const;

/**
 * The band as the methodology names it, for the colour: `bandKey` where the model has it (the
 * display label `band` may be translated), else `band`.
 */
function bandKey(card: Scorecard): string | null {
  return (card as Scorecard & { bandKey?: string | null }).bandKey ?? card.band;
}

/** A band label on its band's colour (theme.bands), a darker outline; grey for an unknown band. */
function badge(ctx: Ctx, m: Measurer, col: Column, label: string, key: string | null, inset: number, top: number, bands: readonly string[]): void {
  const k = key === null ? -1 : bands.indexOf(key);
  const n = bands.length;
  const fill = k < 0 ? theme.missing : bandColour(k, n);
  const ink = k < 0 ? theme.text : bandText(k, n);
  const border = k < 0 ? theme.missingHatch : bandBorder(k, n);
  const w = m.width(BADGE.style, label) + 2 * BADGE.padX;
  const x = col.boxX(inset, inset + w);
  ctx.beginPath();
  ctx.roundRect(x + 0.5, top + 0.5, w - 1, BADGE.height - 1, BADGE.height / 2);
  setState(ctx, 'fillStyle', fill);
  ctx.fill();
  ctx.strokeStyle = border;
  ctx.lineWidth = 1;
  ctx.stroke();
  drawText(ctx, label, x + w / 2, top, { ...BADGE.style, colour: ink }, 'center', textDirection(label, col.dir));
}

/** "Scores by dimension": the radar, then a table of score, rank and the all-country average. */
function dimensions(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  const L = o.locale;
  const out = heading(m, col, t(s, 'card.dimensions'));
  const spec = o.radar;
  if (spec) {
    const w = Math.min(RADAR_WIDTH, col.width);
    const h = (w * spec.height) / spec.width;
    out.push({
      height: h, gap: 8, keep: 2,
      draw: (ctx, top) => withChartCanvas(spec, RADAR_CSS_WIDTH, (canvas) => ctx.drawCanvas(canvas, (col.left + col.right - w) / 2, top, w, h)),
    });
  }
  const heads = [t(s, 'col.dimension'), t(s, 'col.score'), t(s, 'col.rank'), t(s, 'card.answered'), t(s, 'card.average')];
  const short = (d: Scorecard['dimensions'][number]) => d.score !== null && d.answered < d.applicable;
  const rows = card.dimensions.map((d) => [d.name, `${fmt(L, d.score)}${short(d) ? '†' : ''}`, int(L, d.rank), `${int(L, d.answered)}/${int(L, d.applicable)}`, fmt(L, d.average)]);
  const mark = card.dimensions.some(short) ? para(m, col, t(s, 'card.shortfallMark'), STYLES.note, { gap: 6 }) : [];
  return [...out, ...table(m, col, heads, rows, { gap: 10 }), ...mark];
}

/**
 * A table: the first column text at the start side, the others numbers at the end side of their
 * cells (so in right-to-left the labels are on the right and the values on the left). Number
 * columns are as wide as their header needs, between 56 and 110 pt; headers wrap.
 */
function table(m: Measurer, col: Column, heads: string[], rows: string[][], o: { gap: number }): Block<Ctx>[] {
  const pad = 6;
  const numW = heads.slice(1).map((h, k) => {
    const widest = Math.max(m.width(STYLES.head, h), ...rows.map((r) => m.width(STYLES.cell, r[k + 1] ?? '')));
    return Math.min(110, Math.max(56, widest + 2 * pad));
  });
  const nameW = col.width - numW.reduce((a, b) => a + b, 0);
  const edges = [0, nameW];
  for (const w of numW) edges.push(edges.at(-1)! + w);
  const row = (cells: string[], style: Style, shade: boolean, keep: number): Block<Ctx> => {
    const lines = cells.map((c, k) => wrap(m.for(style), c, edges[k + 1]! - edges[k]! - 2 * pad));
    const height = Math.max(1, ...lines.map((l) => l.length)) * style.leading + 2 * 4;
    return {
      height, gap: 0, keep,
      draw: (ctx, top) => {
        if (shade) {
          setState(ctx, 'fillStyle', SOFT);
          ctx.fillRect(col.left, top, col.width, height);
        }
        setState(ctx, 'fillStyle', LINE);
        ctx.fillRect(col.left, top + height - 0.75, col.width, 0.75);
        lines.forEach((cell, k) => cell.forEach((line, j) => {
          const y = top + 4 + j * style.leading;
          const dir = textDirection(cells[k]!, col.dir);
          if (k === 0) drawText(ctx, line, col.start(edges[0]! + pad), y, style, col.startAlign, dir);
          else drawText(ctx, line, col.start(edges[k + 1]! - pad), y, style, col.endAlign, dir);
        }));
      },
    };
  };
  const head = row(heads, STYLES.head, true, 1);
  return [{ ...head, gap: o.gap }, ...rows.map((r) => row(r, STYLES.cell, false, 0))];
}

/**
 * The framework's first TOP_RECOMMENDATIONS unmet recommendations, numbered, each with its
 * priority tier and the points it would add; then the indicators with no evidence (no
 * recommendation is made on a blank answer).
 */
function recommendations(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  const out = heading(m, col, t(s, 'card.recommendations'));
  if (card.recommendations.length === 0) out.push(...para(m, col, t(s, 'card.noRecommendations'), STYLES.body));
  else {
    out.push(...para(m, col, t(s, 'card.recommendationsLead', { country: card.name }), STYLES.note));
    card.recommendations.slice(0, TOP_RECOMMENDATIONS).forEach((r, k) => out.push(...recommendation(m, col, r, k, o)));
  }
  if (card.evidenceMissing.length) out.push(...para(m, col, t(s, 'card.evidenceMissing', { indicators: card.evidenceMissing.map((e) => e.name).join(', ') }), STYLES.note, { gap: 9 }));
  return out;
}

/** The recommendations after the first TOP_RECOMMENDATIONS, numbered on (none: no section). */
function moreRecommendations(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const rest = card.recommendations.slice(TOP_RECOMMENDATIONS);
  if (rest.length === 0) return [];
  return [...heading(m, col, t(o.strings, 'card.recommendationsMore')), ...rest.flatMap((r, k) => recommendation(m, col, r, k + TOP_RECOMMENDATIONS, o))];
}

/** One numbered recommendation: name, text, then its tier and gain, kept together. */
function recommendation(m: Measurer, col: Column, r: Recommendation, k: number, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  const L = o.locale;
  const inset = 20;
  const gain = `${r.priority === null ? '' : `${t(s, 'card.priority', { tier: int(L, r.priority) })}${t(s, 'punct.semicolon')}`}${t(s, 'card.gain', { points: fmt(L, r.gain) })}`;
  const name = para(m, col, r.name, STYLES.strong, { inset, gap: 9 });
  const number = `${int(L, k + 1)}.`;
  const first = name[0]!;
  name[0] = { ...first, draw: (ctx, top) => {
    first.draw(ctx, top);
    drawText(ctx, number, col.start(), top, STYLES.strong, col.startAlign, col.dir);
  } };
  return keepTogether([...name, ...para(m, col, r.text, STYLES.body, { inset }), ...para(m, col, gain, STYLES.note, { inset, gap: 1 })]);
}

/** What changed since the previous edition (no section when there is none). */
function changes(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  if (card.previous === null) return [];
  const out = [...heading(m, col, t(s, 'card.changes', { previous: card.previous })), ...storyBlocks(m, col, card, o)];
  if (card.changes.length === 0) return [...out, ...para(m, col, t(s, 'card.noChanges', { previous: card.previous }), STYLES.body)];
  const inset = 14;
  for (const c of card.changes) {
    const name = para(m, col, c.name, STYLES.strong, { inset, gap: 8 });
    const first = name[0]!;
    name[0] = { ...first, draw: (ctx, top) => {
      first.draw(ctx, top);
      drawText(ctx, '•', col.start(3), top, STYLES.strong, col.startAlign, col.dir);
    } };
    const line = `${t(s, 'card.changeLine', { before: c.before ?? t(s, 'value.missing'), after: c.after ?? t(s, 'value.missing') })}${c.delta === null ? '' : ` (${signed(o.locale, c.delta, 0)})`}`;
    out.push(...keepTogether([...name, ...para(m, col, line, STYLES.body, { inset }), ...(c.justification ? para(m, col, c.justification, STYLES.note, { inset, gap: 1 }) : [])]));
  }
  return out;
}

/**
 * The change story (model/story.ts, the same sentences as the HTML and Markdown scorecards): the
 * lead, then per indicator that moved its sentence, the evidence in the research language (each
 * paragraph laid out in its own direction) and its source, linked; each kept together.
 */
function storyBlocks(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const story = changeStory(card, o.strings, o.locale);
  if (!story) return [];
  const out = para(m, col, story.lead, STYLES.body, { gap: 2 });
  for (const item of story.items) {
    const url = item.source?.url ? pdfHref(item.source.url) : undefined;
    out.push(...keepTogether([
      ...para(m, col, item.text, STYLES.body, { gap: 6 }),
      ...(item.evidence || item.source ? para(m, col, t(o.strings, 'story.evidence'), STYLES.note, { gap: 1 }) : []),
      ...(item.evidence ? para(m, col, item.evidence, STYLES.note) : []),
      ...(item.source ? para(m, col, item.source.label, url ? STYLES.link : STYLES.note, url ? { href: url } : {}) : []),
    ]));
  }
  return out;
}

/** Every indicator: name and score, question, answer, justification, source with date and first URL. */
function indicators(m: Measurer, col: Column, card: Scorecard, o: ScorecardPdfOptions): Block<Ctx>[] {
  const s = o.strings;
  const L = o.locale;
  const out = [...heading(m, col, t(s, 'card.indicators')), ...para(m, col, `${t(s, 'card.evidenceLanguage')} ${t(s, 'card.evidenceAsOf', { date: card.referenceDate })}.`, STYLES.note)];
  for (const i of card.indicators) {
    const score = `${t(s, 'col.score')}${t(s, 'punct.colon')}${fmt(L, i.score)}`;
    const scoreW = m.width(STYLES.strong, score);
    const name = para(m, col, i.name, STYLES.name, { endInset: scoreW + 14, gap: 0 });
    const first = name[0]!;
    const head: Block<Ctx> = {
      ...first, height: first.height + 7, gap: 12,
      draw: (ctx, top) => {
        setState(ctx, 'fillStyle', LINE);
        ctx.fillRect(col.left, top, col.width, 0.75);
        first.draw(ctx, top + 7);
        drawText(ctx, score, col.end(), top + 7, STYLES.strong, col.endAlign, textDirection(score, col.dir));
      },
    };
    const answer = i.kind === 'answered'
      ? para(m, col, `${i.answer ?? ''}${i.partial ? ` (${t(s, 'value.partial')})` : ''}`, STYLES.strong, { gap: 2 })
      : para(m, col, i.kind === 'na' ? t(s, 'value.na') : t(s, 'value.missing'), { ...STYLES.body, colour: MUTED }, { gap: 2 });
    // the label and date in the page's language, the source title in its own direction
    const src = i.source ?? '';
    const suffix = sourceSuffix(s, i);
    const sourceDated = `${src}${suffix}`;
    const sourceLines = textDirection(src, col.dir) === col.dir
      ? para(m, col, `${t(s, 'col.source')}${t(s, 'punct.colon')}${sourceDated}`, STYLES.note, { gap: 3 })
      : [...para(m, col, `${t(s, 'col.source')}${t(s, 'punct.colon').trimEnd()}${suffix.replace(/^,/, '')}`, STYLES.note, { gap: 3 }), ...para(m, col, src, STYLES.note)];
    const source = i.source
      ? [
          ...sourceLines,
          ...(i.sourceUrls[0] ? para(m, col, i.sourceUrls[0], STYLES.link, { href: pdfHref(i.sourceUrls[0]) }) : []),
        ]
      : [];
    out.push(...keepTogether([
      head,
      ...name.slice(1),
      ...(i.question ? para(m, col, i.question, STYLES.note, { gap: 1 }) : []),
      ...answer,
      ...(i.justification ? para(m, col, i.justification, STYLES.body, { gap: 3 }) : []),
      ...source,
      ...(flaggedText(s, i) ? para(m, col, flaggedText(s, i)!, STYLES.strong, { gap: 2 }) : []),
    ], 220, 3));
  }
  return out;
}


/** A URL worth a link annotation: an absolute http(s) URL that `safeHref` passes, else null. */
function pdfHref(url: string): string | null {
  const safe = safeHref(url);
  return safe && /^https?:\/\//i.test(safe) ? safe : null;
}
