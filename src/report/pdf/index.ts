/** PDF reports drawn with @napi-rs/canvas: the country scorecard. */
export { scorecardPdf, DEFAULT_BANDS, type ScorecardPdfOptions } from './scorecard-pdf.js';
