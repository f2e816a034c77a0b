import { buildIndex } from '../engine/build-index.js';
import type { IndexResult } from '../engine/types.js';
import { languages, type Language } from '../messages/languages.js';
import { t } from '../messages/t.js';
import type { Dataset } from '../schema/dataset.js';
import { localiseDataset } from './model/localise.js';
import { planScorecards, type PlannedScorecards } from './plan/scorecards.js';

/** What the scorecards of a report depend on: plain data, so it can be sent to a worker thread. */
export interface ScorecardJob {
  dataset: Dataset;
  /** Language codes, the first primary. */
  languages: string[];
  translations: Record<string, ReadonlyMap<string, string>>;
  intervals?: Record<string, [number, number]>;
  /** A fixed PNG scale; undefined = the print policy (pngScaleFor). */
  pngScale?: number;
  /** The countries to plan (default: all). */
  only?: string[];
  /** The previous build's intact expensive outputs (path → key), to reuse instead of rendering. */
  previous?: ReadonlyMap<string, string>;
  /** The code fingerprint that keys are made with (cache/fingerprint.ts). */
  fingerprint?: string;
}

type InLanguage = { data: Dataset; result: IndexResult };
const made = new WeakMap<Dataset, WeakMap<object, Map<string, InLanguage>>>();

/**
 * The dataset and index result in a language (the framework's words translated). Remembered per
 * dataset and translations object, so the jobs a rendering thread is sent, which share one
 * dataset, build the index once per language rather than once per job.
 */
export function resultIn(dataset: Dataset, l: Language, translations: Record<string, ReadonlyMap<string, string>>): InLanguage {
  let byTranslations = made.get(dataset);
  if (!byTranslations) made.set(dataset, (byTranslations = new WeakMap()));
  let byCode = byTranslations.get(translations);
  if (!byCode) byTranslations.set(translations, (byCode = new Map()));
  let r = byCode.get(l.code);
  if (!r) {
    const data = localiseDataset(dataset, translations[l.code] ?? new Map());
    byCode.set(l.code, (r = { data, result: buildIndex(data, { indexName: t(l.strings, 'index.short') }) }));
  }
  return r;
}

/** The scorecard plan of every language of a job (`cardsOnly`: without the pages, see planScorecards). */
export function planLanguages(job: ScorecardJob, cardsOnly = false): { lang: Language; plan: PlannedScorecards }[] {
  const only = job.only ? new Set(job.only) : undefined;
  return job.languages.map((code, k) => {
    const lang = languages[code]!;
    const { data, result } = resultIn(job.dataset, lang, job.translations);
    return {
      lang,
      plan: planScorecards({ dataset: data, result, lang, primary: k === 0, intervals: job.intervals, indexName: t(lang.strings, 'index.title'), translations: job.translations[code], only, cardsOnly }),
    };
  });
}
