import type { ChartStrings } from './strings.js';

/** The chart strings in French (same keys as `EN`; French plural `one` covers 0 and 1). */
export const FR: Partial<ChartStrings> = {
  missing: 'aucune donnée',
  notApplicable: 'sans objet',
  colCountry: 'Pays',
  colScore: 'Score',
  colBand: 'Niveau',
  colRank: 'Rang',
  colRankLow: 'Meilleur rang',
  colRankHigh: 'Moins bon rang',
  colDimension: 'Dimension',
  colIndicator: 'Indicateur',
  colAnswer: 'Réponse',
  colCountries: 'Pays',
  colChange: 'Évolution',
  colComparison: 'Comparaison',

  rankingTitle: 'Score global par pays',
  rankingAxis: 'Score (0–100)',
  rankingMeasure: 'score global',
  rankingRange: 'rangs {low}–{high}',
  rankingRangeOne: 'rang {low} dans tous les cas',
  rankingAlt: 'Diagramme en barres classant {count} pays ({measure}) : en tête, {first} ({firstValue}) ; en dernier, {last} ({lastValue}).',
  rankingAltNone: 'Diagramme en barres ({measure}) : aucun pays n’a de score.',
  rankingAltMissing: {
    one: '{count} pays non classé faute de données.',
    other: '{count} pays non classés faute de données.',
  },
  altBands: 'Niveaux : {bands}.',

  heatmapTitle: 'Scores par dimension',
  heatmapBin: '{from}–{to}',
  heatmapAlt:
    'Carte thermique de {rows} pays sur {cols} dimensions, chaque cellule portant son score, de {min} à {max} ; plus la cellule est foncée, plus le score est faible.',
  heatmapAltNone: 'Carte thermique de {rows} pays sur {cols} dimensions : aucun score.',
  heatmapAltMissing: { one: '{count} cellule sans données.', other: '{count} cellules sans données.' },

  radarTitle: '{name} : scores par dimension',
  radarComparison: 'Moyenne de l’ensemble des pays',
  radarComparisonShort: 'moy.',
  radarAlt:
    '{name} : graphique en radar des scores sur {count} dimensions (0–100) ; le plus élevé, {maxLabel} ({maxValue}) ; le plus faible, {minLabel} ({minValue}).',
  radarAltNone: '{name} : graphique en radar sur {count} dimensions, sans aucun score.',
  radarAltComparison: 'Ligne en pointillés : {comparison}.',
  radarAltMissing: { one: '{count} dimension sans données.', other: '{count} dimensions sans données.' },

  changeTitle: 'Évolution du score global, de {from} à {to}',
  changeAxis: 'Score (0–100)',
  changeAlt:
    'Graphique en haltères de l’évolution du score de {count} pays entre {from} et {to} : {up} en progression, {down} en recul, {same} sans changement.',
  changeAltNone: 'Graphique en haltères de {from} à {to} : aucun pays n’a de score dans les deux éditions.',
  changeImproved: 'en progression',
  changeDeclined: 'en recul',
  changeOnly: '{edition} uniquement',
  changeAltBest: 'Plus forte progression : {name} ({delta}).',
  changeAltWorst: 'Plus fort recul : {name} ({delta}).',
  changeAltMissing: {
    one: '{count} pays n’a pas de score dans l’une des deux éditions.',
    other: '{count} pays n’ont pas de score dans l’une des deux éditions.',
  },

  linkSvg: 'Image vectorielle (SVG)',
  linkCsv: 'Données (CSV)',

  distributionTitle: 'Réponses par indicateur',
  distributionAxis: 'Nombre de pays',
  distributionAlt: 'Diagramme en barres empilées des réponses de {countries} pays à {count} indicateurs.',
  distributionAltMissing: 'Données les plus lacunaires : {name} ({missing} sur {countries}).',
};
