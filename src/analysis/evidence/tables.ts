import type { Dataset } from '../../schema/dataset.js';
import type { Table } from '../../report/tables/table.js';
import { evidenceText as L } from '../../messages/cli.js';
import { flagCodes, isProblem, type AnswerEvidence } from '../../validate/evidence/flags.js';
import { flagMessage } from '../../validate/evidence/problems.js';
import { referenceDate } from '../../validate/evidence/reference-date.js';
import { countsByCountry, evidenceFigures } from './summary.js';

const pct = (n: number, d: number) => (d === 0 ? null : (100 * n) / d);

/**
 * The evidence check as tables: dataset-wide figures, flags per country, and every flagged
 * answer with its message and place. `scope` names what was checked (e.g. "2018 edition").
 */
export function evidenceTables(dataset: Dataset, evidence: readonly AnswerEvidence[], scope: string): { figures: Table; byCountry: Table; byAnswer: Table } {
  const f = evidenceFigures(dataset, evidence);
  const row = (label: string, n: number, of = f.answers) => [label, n, pct(n, of)];
  const figures: Table = {
    title: L.figuresTitle(scope),
    columns: [{ key: 'figure', label: L.figure }, { key: 'answers', label: L.value, align: 'right' }, { key: 'share', label: L.share, align: 'right', digits: 1 }],
    rows: [
      row(L.checked, f.answers),
      row(L.anyFlag, f.flagged),
      ...flagCodes.map((c) => row(L.flags[c], f.byFlag[c])),
      row(L.afterYearPlusOne, f.afterYearPlusOne),
      ...f.editions.filter((e) => e.answers > 0).flatMap((e) => [
        row(L.editionAfter(e.edition, referenceDate(dataset.methodology, e.edition)), e.after, e.answers),
        row(L.editionStated(e.edition), e.stated, e.answers),
      ]),
      row(L.weakAny, f.weakAny),
      row(L.weakOnly, f.weakOnly),
    ],
    notes: L.notes(dataset.methodology.evidence.staleYears, dataset.methodology.evidence.sharedSourceAnswers),
  };
  const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
  const countries = countsByCountry(dataset, evidence).filter((c) => c.answers > 0);
  const byCountry: Table = {
    title: L.byCountryTitle(scope),
    columns: [
      { key: 'iso3', label: L.code }, { key: 'country', label: L.country },
      { key: 'answers', label: L.answers, align: 'right' }, { key: 'flagged', label: L.flagged, align: 'right' },
      { key: 'share', label: L.share, align: 'right', digits: 0 },
      ...flagCodes.map((c) => ({ key: c, label: L.flags[c], short: L.short[c], align: 'right' as const })),
    ],
    rows: countries.map((c) => [c.iso3, names.get(c.iso3) ?? c.iso3, c.answers, c.flagged, pct(c.flagged, c.answers), ...flagCodes.map((k) => c.byFlag[k])]),
  };
  const byAnswer: Table = {
    title: L.byAnswerTitle(scope),
    columns: [
      { key: 'where', label: L.where }, { key: 'iso3', label: L.code }, { key: 'edition', label: L.edition }, { key: 'indicator', label: L.indicator },
      { key: 'answer', label: L.answer }, { key: 'source_date', label: L.sourceDate }, { key: 'kind', label: L.kind },
      { key: 'flag', label: L.flag }, { key: 'message', label: L.message },
    ],
    rows: evidence.flatMap((e) => e.flags.filter(isProblem).map((flag) => [
      `${e.answer.at.file}:${e.answer.at.line ?? ''}`, e.answer.country, e.answer.edition, e.answer.indicator,
      e.answer.value.kind === 'code' ? e.answer.value.code : e.answer.value.kind === 'number' ? e.answer.value.value : '',
      e.answer.sourceDate ?? '', e.kinds.join(', '), flag.code, flagMessage(flag, e.answer.edition),
    ])),
  };
  return { figures, byCountry, byAnswer };
}
