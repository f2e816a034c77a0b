import type { ChartStrings } from './strings.js';

/** The chart strings in Spanish (same keys as `EN`). */
export const ES: Partial<ChartStrings> = {
  missing: 'sin datos',
  notApplicable: 'no aplica',
  colCountry: 'País',
  colScore: 'Puntuación',
  colBand: 'Nivel',
  colRank: 'Puesto',
  colRankLow: 'Mejor puesto',
  colRankHigh: 'Peor puesto',
  colDimension: 'Dimensión',
  colIndicator: 'Indicador',
  colAnswer: 'Respuesta',
  colCountries: 'Países',
  colChange: 'Variación',
  colComparison: 'Comparación',

  rankingTitle: 'Puntuación general por país',
  rankingAxis: 'Puntuación (0–100)',
  rankingMeasure: 'puntuación general',
  rankingRange: 'puestos {low}–{high}',
  rankingRangeOne: 'puesto {low} en todos los casos',
  rankingAlt: 'Gráfico de barras que clasifica {count} países por {measure}, desde {first} ({firstValue}) hasta {last} ({lastValue}).',
  rankingAltNone: 'Gráfico de barras por {measure}: ningún país tiene puntuación.',
  rankingAltMissing: {
    one: '{count} país sin clasificar por falta de datos.',
    other: '{count} países sin clasificar por falta de datos.',
  },
  altBands: 'Niveles: {bands}.',

  heatmapTitle: 'Puntuación por dimensión',
  heatmapBin: '{from}–{to}',
  heatmapAlt:
    'Mapa de calor de {rows} países por {cols} dimensiones, con la puntuación impresa en cada celda, de {min} a {max}; las celdas más oscuras corresponden a puntuaciones más bajas.',
  heatmapAltNone: 'Mapa de calor de {rows} países por {cols} dimensiones: sin puntuaciones.',
  heatmapAltMissing: { one: '{count} celda sin datos.', other: '{count} celdas sin datos.' },

  radarTitle: '{name}: puntuación por dimensión',
  radarComparison: 'Promedio de todos los países',
  radarComparisonShort: 'prom.',
  radarAlt:
    'Gráfico radial de las puntuaciones de {name} en {count} dimensiones (0–100): la más alta, {maxLabel} ({maxValue}); la más baja, {minLabel} ({minValue}).',
  radarAltNone: 'Gráfico radial de {name} en {count} dimensiones: sin puntuaciones.',
  radarAltComparison: 'Línea discontinua: {comparison}.',
  radarAltMissing: { one: '{count} dimensión sin datos.', other: '{count} dimensiones sin datos.' },

  changeTitle: 'Variación de la puntuación general, de {from} a {to}',
  changeAxis: 'Puntuación (0–100)',
  changeAlt:
    'Gráfico de mancuernas de la variación de la puntuación de {count} países de {from} a {to}: {up} mejoraron, {down} empeoraron, {same} sin cambios.',
  changeAltNone: 'Gráfico de mancuernas de {from} a {to}: ningún país tiene puntuación en ambas ediciones.',
  changeImproved: 'mejoró',
  changeDeclined: 'empeoró',
  changeOnly: 'solo {edition}',
  changeAltBest: 'Mayor avance: {name} ({delta}).',
  changeAltWorst: 'Mayor retroceso: {name} ({delta}).',
  changeAltMissing: {
    one: '{count} país carece de puntuación en una de las ediciones.',
    other: '{count} países carecen de puntuación en una de las ediciones.',
  },

  linkSvg: 'Imagen vectorial (SVG)',
  linkCsv: 'Datos (CSV)',

  distributionTitle: 'Respuestas por indicador',
  distributionAxis: 'Número de países',
  distributionAlt: 'Gráfico de barras apiladas de las respuestas de {countries} países a {count} indicadores.',
  distributionAltMissing: 'Más datos faltantes: {name} ({missing} de {countries}).',
};
