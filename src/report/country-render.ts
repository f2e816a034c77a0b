import { t } from '../messages/t.js';
import type { Language } from '../messages/languages.js';
import { chartKey, pdfKey, pngKey } from './cache/keys.js';
import { planLanguages, type ScorecardJob } from './languages-plan.js';
import { scorecardPdf } from './pdf/scorecard-pdf.js';
import type { PlannedScorecards } from './plan/scorecards.js';
import type { ReportFile } from './plan/types.js';
import { pngScaleFor, renderPng, renderSvg } from './render/chart.js';

/** One expensive output of a scorecard: where it goes, its key, and how to make it. */
export interface KeyedOutput {
  path: string;
  key: string;
  render: () => string | Uint8Array;
}

/** The radar (SVG in every language, PNG in the primary one) and the PDF of one planned card. */
export function cardOutputs(lang: Language, c: PlannedScorecards['cards'][number], job: Pick<ScorecardJob, 'pngScale' | 'fingerprint'>): KeyedOutput[] {
  const { card, radar, dir } = c;
  const drawing = chartKey(radar.spec, job.fingerprint ?? '');
  const out: KeyedOutput[] = [{ path: `${radar.base}.svg`, key: drawing, render: () => renderSvg(radar.spec) }];
  if (radar.png) {
    const scale = pngScaleFor(radar.spec, job.pngScale);
    out.push({ path: `${radar.base}.png`, key: pngKey(drawing, scale), render: () => renderPng(radar.spec, { scale }) });
  }
  const options = { strings: lang.strings, locale: lang.locale, dir: lang.dir, indexName: t(lang.strings, 'index.title') };
  out.push({ path: `${dir}/${card.iso3}.pdf`, key: pdfKey({ card, ...options }, drawing, job.fingerprint ?? ''), render: () => scorecardPdf(card, { ...options, radar: radar.spec }) });
  return out;
}

/** An output as a file: reused when the previous build has its key, else rendered. */
export const realise = (o: KeyedOutput, previous: ReadonlyMap<string, string> | undefined): ReportFile =>
  previous?.get(o.path) === o.key ? { path: o.path, key: o.key, reuse: true } : { path: o.path, key: o.key, content: o.render() };

/**
 * The expensive part of the scorecards, for the countries of a job: each country's radar and its
 * PDF scorecard in every language. A pure function of the job, so it gives the same bytes in any
 * thread. An output whose key is the one the previous build recorded (job.previous) is not
 * rendered again but marked for reuse.
 */
export function renderCountries(job: ScorecardJob): ReportFile[] {
  return planLanguages(job, true).flatMap(({ lang, plan }) => plan.cards.flatMap((c) => cardOutputs(lang, c, job).map((o) => realise(o, job.previous))));
}

/**
 * renderCountries one country at a time, giving the event loop a turn after each. The canvas
 * library frees a drawn canvas's pixels only when the event loop turns (its finalizers are
 * deferred), so a job drawn in one synchronous stretch held every radar and PDF canvas of all
 * its countries until it ended: about 35 MB per country in four languages.
 */
export async function renderCountriesInTurns(job: ScorecardJob): Promise<ReportFile[]> {
  const files: ReportFile[] = [];
  for (const iso3 of job.only ?? job.dataset.countries.map((c) => c.iso3)) {
    files.push(...renderCountries({ ...job, only: [iso3] }));
    await new Promise<void>((r) => setImmediate(r));
  }
  return files;
}
