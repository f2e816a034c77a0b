import { t } from '../messages/t.js';
import { planLanguages, type ScorecardJob } from './languages-plan.js';
import { scorecardPdf } from './pdf/scorecard-pdf.js';
import type { OutputFile } from './plan/types.js';
import { pngScaleFor, renderPng, renderSvg } from './render/chart.js';

/**
 * The expensive part of the scorecards, for the countries of a job: each country's radar (SVG in
 * every language, PNG in the primary one) and its PDF scorecard in every language. A pure
 * function of the job, so it gives the same bytes in any thread.
 */
export function renderCountries(job: ScorecardJob): OutputFile[] {
  const files: OutputFile[] = [];
  for (const { lang, plan } of planLanguages(job)) {
    for (const { card, radar, dir } of plan.cards) {
      files.push({ path: `${radar.base}.svg`, content: renderSvg(radar.spec) });
      if (radar.png) files.push({ path: `${radar.base}.png`, content: renderPng(radar.spec, { scale: pngScaleFor(radar.spec, job.pngScale) }) });
      files.push({ path: `${dir}/${card.iso3}.pdf`, content: scorecardPdf(card, { strings: lang.strings, locale: lang.locale, dir: lang.dir, radar: radar.spec, indexName: t(lang.strings, 'index.title') }) });
    }
  }
  return files;
}
