/** Every user-facing string of the command line, in one place. */
export const usage = {
  main: `policy-index: build, check and report a policy-tracking index from CSV files

usage: policy-index <command> [DIR] [options]

commands:
  validate      check a data project and list every problem (file:line: message)
  coverage      answered / missing / not applicable per country, dimension and indicator
  evidence      flags on the evidence behind each answer: later, undated, weak or shared sources, contradictions
  score         the ranked table with every level
  report        write tables, scorecards, charts and a static site
  serve         preview the report in a browser, rebuilt after every saved change
  sensitivity   rank intervals and sensitivity indices under alternative choices
  audit         statistical audit: correlations, Cronbach's alpha, PCA
  schema        write the file formats as JSON Schema, for editors
  import        turn a wide table (one row per country) into the project's files

DIR is a data project folder (default: the current folder). Run
"policy-index <command> --help" for a command's options.
exit codes: 0 ok, 1 bad data or a failed run, 2 bad usage`,
  validate: `usage: policy-index validate [DIR] [options]

Checks every file of the data project and prints each problem as file:line: message.

options:
  --today YYYY-MM-DD   the date that source dates may not pass (default: today)
  --quiet              print only the summary line
  --strict             exit 1 on warnings too (e.g. the evidence warnings: a source dated after
                       the edition's reference date without "as of YEAR", a weak host not named
                       as such, a justification copied from another edition or using a lower
                       answer's wording; see docs/FORMATS.md)
  --no-cache           check every file again; by default the installed command keeps what it
                       found in each country file (in ~/.cache/policy-index, or
                       $POLICY_INDEX_CACHE_DIR) and checks again only files that changed, or all
                       of them when anything else of the project, the date or the program changed
  -h, --help           this text`,
  coverage: `usage: policy-index coverage [DIR] [options]

Answered / missing / not applicable per country, dimension and indicator, and the oldest sources.

options:
  --edition YEAR          the edition (default: the latest)
  --by country|dimension|indicator   one view only (default: all three)
  --oldest N              list the N answers with the oldest sources (default: 10)
  --format table|csv|json|md          (default: table)
  -h, --help              this text`,
  evidence: `usage: policy-index evidence [DIR] [options]

Checks the evidence behind every answer and prints the flags a reviewer needs: a source dated
after the edition's reference date (and whether the justification says "as of YEAR"), undated
sources or sources without an address, one source carrying many answers, weak hosts
(indicators/source-kinds.csv), law-versus-practice contradictions (indicators/evidence-rules.csv),
unchanged answers on old evidence, justifications copied between editions, and justifications
using a lower answer's wording (indicators/answer-cues.csv).

options:
  --edition YEAR          one edition (default: all)
  --country ISO3          one country (default: all)
  --by figures|country|answer   one view only (default: figures and country)
  --format table|csv|json|md    (default: table)
  --strict                exit 1 if any answer is flagged
  -h, --help              this text`,
  score: `usage: policy-index score [DIR] [options]

Prints the ranked table of one edition with every dimension.

options:
  --edition YEAR          the edition (default: the latest)
  --format table|csv|json|md   output format (default: table)
  --node ID               rank by a dimension instead of the index
  --normaliser NAME       for numeric indicators: none, minmax, zscore, goalposts, target,
                          rank, percentile, borda (default: from the methodology file)
  --aggregator NAME       arithmetic, geometric, harmonic, generalised, copeland (default: methodology)
  --p NUMBER              the power of the generalised mean (default: 2)
  --imputation NAME       none, mean, median, groupMean, groupMedian, lowest (a blank as the worst answer) (default: methodology)
  --min-coverage SHARE    share of children an aggregate needs, 0–1 (default: methodology)
  --rank-coverage SHARE   share of indicators a country needs to be ranked, 0–1 (default: methodology)
  --set PATH=VALUE        any setting of indicators/methodology.json by its dotted path, VALUE as
                          JSON (repeatable), e.g. --set partialScope=ignore,
                          --set 'aggregate.byDepth.1={"method":"geometric"}'
  -h, --help              this text`,
  report: `usage: policy-index report [DIR] [options]

Writes the full report: ranked tables (Markdown, CSV, JSON, HTML), a scorecard per country
(HTML, Markdown, PDF) in each language, charts (PNG, SVG, CSV, HTML snippet) and a static site
(index.html). The report is built aside and swapped in only when complete.

options:
  --out DIR            where to write, relative to the current folder (default: DIR/reports).
                       It must be new, empty or a report policy-index wrote (it keeps a
                       policy-index-manifest.json); never a file, a link or the project
  --force              replace a folder policy-index did not write, and everything in it
  --clean              render every chart and PDF again (default: reuse those of the previous
                       report whose inputs have not changed, by the keys in its manifest)
  --lang LIST          languages, comma-separated, the first primary (default: en,fr,es,ar)
  --png-scale N        PNG pixels per CSS pixel (default: print resolution, 300 dpi at the
                       chart's printed width: 27 cm for wide charts, 13.5 cm for radars)
  --threads N          threads that render scorecards (default: one per core, at most 4)
  --base-url URL       where the report will be published (http:// or https://): the chart
                       embed snippets (charts/<chart>.html) then link there (default: paths
                       relative to the snippet)
  --runs N             sensitivity runs for the plausible rank ranges (default: from the
                       methodology file; 0 = leave the ranges out)
  --seed N             seed of the sensitivity analysis (default: from the methodology file)
  --quiet              no progress bar
  -h, --help           this text`,
  sensitivity: `usage: policy-index sensitivity [DIR] [options]

Monte Carlo uncertainty and sensitivity analysis of one edition's ranks (as the JRC audits):
re-runs the index under noisy weights and alternative normalisers, aggregators, imputations,
outlier treatments, denomination, unit screening and with one indicator dropped, then prints per country the nominal rank, the median and the 5–95%
rank interval (5th percentile rounded down, 95th rounded up; R type 7), and per factor the
first-order (Saltelli 2010) and total (Jansen) sensitivity index of the rank, averaged over
countries. Defaults come from the "sensitivity" block of indicators/methodology.json.

options:
  --runs N                 model evaluations, N = base rows × (factors + 2) of the Saltelli
                           design (default: methodology; rounded down to whole rows)
  --seed N                 seed; the same seed gives the same result (default: methodology)
  --workers N              threads that share the evaluations; the result is the same for any N (default: 1)
  --noise F                uniform weight noise as a fraction of each weight, 0–1; 0 = none
                           (default: methodology)
  --normalisers LIST       alternatives for every indicator, comma-separated, from: none,
                           minmax, zscore, goalposts, target, rank, percentile, borda
  --aggregators LIST       alternatives at every level: arithmetic, geometric, harmonic,
                           generalised:P (e.g. generalised:2), copeland
  --imputations LIST       none, mean, median, groupMean, groupMedian, lowest
  --treatments LIST        outlier treatment of numeric indicators: none, log, winsorise,
                           winsorise:N (at most N points, default 5)
  --denominations LIST     denominated (indicators divided by their denominator), raw
  --min-shares LIST        unit screening: least share of indicators answered, 0–1 each
                           (e.g. 0,0.8; the methodology's screen.include and exclude are kept)
                           (each list: one name = used in every run; two or more = a factor;
                           default: methodology; an empty methodology list = its own choice)
  --drop / --no-drop       include "drop one indicator" as a factor, or not (default: methodology)
  --edition YEAR           the edition (default: the latest)
  --format table|csv|json|md   output format (default: table)
  --out DIR                also write tables (CSV, Markdown, JSON), the rank-interval and
                           sensitivity charts (PNG, SVG, CSV) and the rank distributions into DIR
                           (new, empty or written by policy-index; replaced whole)
  --force                  replace a folder policy-index did not write, and everything in it
  -h, --help               this text
Single-threaded.`,
  audit: `usage: policy-index audit [DIR] [options]

Statistical audit of one edition: the correlation of every indicator with its dimension and the
index, correlations between dimensions, Cronbach's alpha and the first principal component of
each dimension, and flags (negative, dominant or constant indicators; dimensions with alpha
below 0.7 or a first component under 50% of the variance). All countries, ranked or not.

options:
  --edition YEAR               the edition (default: the latest)
  --format table|csv|json|md   output format of the tables (default: table)
  --out DIR                    also write the audit page (audit.html), the tables as CSV and
                               the correlation heatmaps (PNG, SVG, CSV) into DIR (new, empty
                               or written by policy-index; replaced whole)
  --force                      replace a folder policy-index did not write, and everything in it
  -h, --help                   this text`,
  schema: `usage: policy-index schema [options]

Writes the JSON Schema of every file format (one object keyed by file) to stdout.

options:
  --out DIR    write one <name>.schema.json per format into DIR instead (new, empty or
               written by policy-index; replaced whole)
  --force      replace a folder policy-index did not write, and everything in it
  -h, --help   this text`,
  import: `usage: policy-index import WIDE.csv [DIR] [options]

Turns a wide table (one row per country, one column per indicator) into countries/<ISO3>.csv
files and countries/countries.csv. Indicators must already be in indicators/indicators.csv
unless --create-indicators is given.

options:
  --id COLUMN          the column with ISO3 codes (default: iso3)
  --name COLUMN        the column with country names (default: name)
  --region COLUMN      the column with regions (default: region, if present)
  --edition YEAR       the edition of the values (default: a column "edition", else required)
  --source TEXT        source recorded with every value (required)
  --source-url URL     source URL recorded with every value
  --source-date DATE   source date recorded with every value
  --create-indicators DIMENSION   add unknown columns as numeric indicators under DIMENSION
  --force              replace existing files, each kept first as <file>.bak (or .bak.2,
                       .bak.3 … when earlier backups exist; no backup is ever replaced)
  -h, --help           this text`,
} as const;

export const cliText = {
  unknownCommand: (c: string, suggestion: string | null) =>
    `policy-index: unknown command "${c}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; run "policy-index --help"`,
  badOption: (msg: string, command: string) => `policy-index ${command}: ${msg}; run "policy-index ${command} --help"`,
  badChoice: (option: string, value: string, choices: readonly string[]) =>
    `--${option} "${value}" is not one of: ${choices.join(', ')}`,
  badNumber: (option: string, value: string, range: string) => `--${option} "${value}" is not ${range}`,
  badDate: (option: string, value: string) => `--${option} "${value}" is not a date (expected YYYY-MM-DD)`,
  unknownOption: (option: string) => `unknown option "${option}"`,
  badSet: (value: string) => `--set "${value}" is not PATH=VALUE (e.g. --set ranking.minCoverage=0.8)`,
  optionValue: (option: string) => `option "${option}" needs a value`,
  noEdition: (e: string, editions: readonly number[]) => `edition ${e} is not in the data (editions: ${editions.join(', ') || 'none'})`,
  /** A degenerate-method warning (its text from the report catalogue, in English) and the edition it concerns. */
  methodWarning: (edition: number, text: string) => `warning: ${edition} edition: ${text}`,
  strictWarnings: (n: number) => `${n} warning(s); --strict fails on warnings`,
  noCountry: (c: string, known: readonly string[]) => `country "${c}" is not in the data (expected one of: ${known.join(', ')})`,
  noDataset: 'the data project has errors; run "policy-index validate" to list them',
  validateOk: (countries: number, indicators: number, answers: number, editions: readonly number[]) =>
    `ok: ${countries} countries, ${indicators} indicators, ${answers} answers, editions ${editions.join(', ')}`,
  disk: (command: string, code: string | undefined, path: string, reason: string) =>
    code === 'ENOSPC' || code === 'EDQUOT'
      ? `policy-index ${command}: the disk is full (or over quota) writing ${path}; free some space and run again (what was there before is unchanged)`
      : code === 'EROFS'
        ? `policy-index ${command}: ${path} is on a read-only file system; write somewhere else (e.g. --out with a folder on a writable disk)`
        : `policy-index ${command}: ${path}: ${reason}`,
  internal: (msg: string) => `policy-index: internal error: ${msg} (please report it with the command you ran)`,
  engine: (msg: string) => `policy-index: ${msg}`,
  refused: (command: string, msg: string) => `policy-index ${command}: ${msg}`,
  wroteFile: (path: string) => `wrote ${path}`,
  reportDone: (files: number, path: string, seconds: string, reused = 0) =>
    `wrote ${files} files to ${path} in ${seconds} s${reused > 0 ? ` (${reused} charts and PDFs reused from the previous report)` : ''}`,
  badBaseUrl: (value: string) => `--base-url "${value}" is not the address of a published report (expected an absolute URL starting with http:// or https://, without ?query or #fragment, e.g. https://example.org/report/)`,
  unknownLanguage: (code: string, known: readonly string[]) => `--lang "${code}" is not a language of the reports (known: ${known.join(', ')})`,
  /** The progress bar's line (cli-progress placeholders in braces): what runs, the bar, how far, the time left, the step. */
  progressFormat: (label: string) => `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left | {what}`,
  progressLabel: { report: 'report', sensitivity: 'sensitivity', check: 'checking data' } as const,
  exists: (path: string) => `${path} exists; use --force to replace it (the old file is kept as ${path}.bak, or the next free .bak.N)`,
  auditDone: (files: number, path: string) => `wrote ${files} audit files to ${path}`,
  importMissingColumn: (column: string, file: string, columns: readonly string[]) =>
    `${file}:1: column "${column}" not found (columns: ${columns.join(', ')})`,
  importRequired: (option: string) => `--${option} is required`,
  importUnknownIndicator: (file: string, column: string, suggestion: string | null) =>
    `${file}:1: column "${column}" is not an indicator in indicators/indicators.csv${suggestion ? `; did you mean "${suggestion}"?` : ''} (or pass --create-indicators DIMENSION)`,
  importBadCode: (file: string, line: number, value: string) =>
    `${file}:${line}: "${value}" is not an ISO3 code (expected three capital letters)`,
  importBadUrl: (value: string) => `--source-url "${value}" is not a web address (expected a URL starting with http:// or https://)`,
  importBadEdition: (file: string, line: number, value: string) =>
    `${file}:${line}: [edition] "${value}" is not an edition (expected a four-digit year from 1900, e.g. 2024)`,
  importDuplicateRow: (file: string, line: number, code: string, first: number) =>
    `${file}:${line}: country "${code}" appears twice for one edition (first on line ${first}; keep one row)`,
  importUnreadable: (files: readonly string[]) =>
    `import refused: it rewrites ${files.join(', ')} whole, and rows it cannot read would be lost; fix the problems above and run it again (nothing was written)`,
  importInvalid: (errors: number) =>
    `import refused: what it would write has ${errors} error(s), shown above at the lines they would have; fix the wide table or the options (nothing was written)`,
  importDone: (countries: number, indicators: number, files: number) =>
    `imported ${indicators} indicators for ${countries} countries into ${files} files`,
  sensitivityDone: (files: number, path: string, seconds: string) => `wrote ${files} sensitivity files to ${path} in ${seconds} s`,
  sensitivityBadTreatment: (value: string) =>
    `--treatments "${value}" is not an outlier treatment (expected none, log, winsorise or winsorise:N with N a whole number of points, e.g. winsorise:3)`,
  sensitivityBadAggregator: (value: string) =>
    `--aggregators "${value}" is not an aggregator (expected arithmetic, geometric, harmonic, copeland or generalised:P with P a number other than 0, e.g. generalised:2)`,
} as const;

/** Words of the sensitivity tables and charts. */
export const sensitivityText = {
  intervalTitle: (edition: number) => `Rank intervals, ${edition}`,
  factorTitle: 'Sensitivity of the ranks to each choice',
  colNominal: 'Rank',
  colMedian: 'Median',
  colLow: 'Best (5%)',
  colHigh: 'Worst (95%)',
  colInterval: 'Plausible ranks',
  colFactor: 'Factor',
  colOptions: 'Alternatives',
  colSi: 'First-order Si',
  colSti: 'Total STi',
  noteRuns: (evaluations: number, N: number, seed: number) =>
    `${evaluations} model evaluations (${N} base rows of a Saltelli design), seed ${seed}; interval = 5th percentile of the ranks rounded down to the 95th rounded up.`,
  noteSobol: 'Si and STi of each country\'s rank (Saltelli 2010 and Jansen estimators), averaged over the ranked countries; STi − Si is the share due to interactions.',
  factor: { weights: 'Weights', normaliser: 'Normalisation', aggregator: 'Aggregation', imputation: 'Imputation', treatment: 'Outlier treatment', denomination: 'Denomination', screening: 'Unit screening', dropIndicator: 'Drop one indicator' } as Record<string, string>,
  intervalChartTitle: (edition: number) => `Rank of each country and its plausible range, ${edition}`,
  intervalAxis: 'Rank (1 = best)',
  intervalBar: '5–95% rank interval',
  nominalPoint: 'Rank (nominal methodology)',
  medianPoint: 'Median rank',
  intervalAlt: (count: number, narrow: string, wide: string) =>
    `Floating bar chart of the 5–95% rank interval of ${count} countries under alternative methodological choices, with the nominal and median rank of each. Firmest: ${narrow}. Least firm: ${wide}.`,
  sensitivityChartTitle: 'Which choices move the ranks',
  sensitivityAxis: 'Sensitivity index of the rank (mean over countries)',
  sensitivityAlt: (top: string) => `Bar chart of the first-order and total sensitivity index of the ranks for each methodological choice. Most influential: ${top}.`,
  sensitivityAltNone: 'Bar chart of sensitivity indices: no choice was varied.',
  intervalFinding: (firm: string, loose: string, low: number, high: number) => `${firm} holds its rank under every choice tested; ${loose} could rank anywhere from ${low} to ${high}`,
  intervalFindingLoose: (loose: string, low: number, high: number) => `No rank is certain; ${loose} could rank anywhere from ${low} to ${high}`,
  intervalSubtitle: (edition: number) => `Rank of each country under alternative methodologies (weights, normalisation, aggregation, imputation, indicators dropped), ${edition} edition`,
  intervalNote: 'Bar: 5th to 95th percentile of the ranks; black tick: nominal rank; orange tick: median rank.',
  sensitivityFinding: (factor: string, sti: string) => `${factor} moves the ranks most (total index ${sti})`,
  sensitivitySubtitle: (edition: number) => `Sobol sensitivity index of each country's rank (0–1, mean over countries) per methodological choice, ${edition} edition`,
  sensitivityNote: 'First-order Si: effect of the choice alone; total STi: including its interactions with the other choices.',
  source: 'Source: policy-index sensitivity analysis (Saltelli 2010, Jansen estimators).',
  plausibly: (rank: number, low: number, high: number) => (low === high ? `rank ${rank}` : `rank ${rank}, plausibly ${low}–${high}`),
} as const;

/** Labels of the data-quality view (policy-index coverage). */
export const coverageText = {
  byCountry: (edition: number) => `Coverage by country, ${edition} edition`,
  byDimension: (edition: number) => `Coverage by dimension, ${edition} edition`,
  byIndicator: (edition: number) => `Coverage by indicator, ${edition} edition`,
  oldest: (edition: number) => `Oldest sources, ${edition} edition`,
  code: 'Code', country: 'Country', dimension: 'Dimension', name: 'Name', indicator: 'Indicator',
  answered: 'Answered', missing: 'Missing', na: 'N/A', coverage: 'Coverage %',
  sourceDate: 'Source date', source: 'Source', where: 'Where', noDate: '(no date)',
} as const;

/** Labels of the evidence check (policy-index evidence). */
export const evidenceText = {
  figuresTitle: (scope: string) => `Evidence check, ${scope}`,
  byCountryTitle: (scope: string) => `Evidence flags by country, ${scope}`,
  byAnswerTitle: (scope: string) => `Flagged answers, ${scope}`,
  scopeAll: 'all editions',
  scopeEdition: (edition: number) => `${edition} edition`,
  figure: 'Figure', value: 'Answers', share: '%',
  code: 'Code', country: 'Country', answers: 'Answers', flagged: 'Flagged', edition: 'Edition', indicator: 'Indicator',
  answer: 'Answer', sourceDate: 'Source date', kind: 'Kind', flag: 'Flag', message: 'Message', where: 'Where',
  checked: 'answers checked',
  anyFlag: 'answers with at least one flag',
  afterYearPlusOne: 'source dated after the edition year + 1',
  editionAfter: (edition: number, reference: string) => `${edition} answers citing a source dated after ${reference}`,
  editionStated: (edition: number) => `… of which the justification says it describes ${edition}`,
  weakAny: 'answers citing a weak host (indicators/source-kinds.csv)',
  weakOnly: 'answers citing only weak hosts',
  flags: {
    after_reference: 'source dated after the reference date, period not stated',
    undated: 'source undated',
    no_url: 'source without a web address',
    shared_source: 'one source carrying many answers',
    weak_source: 'weak host not named as such',
    contradiction: 'law contradicts practice (indicators/evidence-rules.csv)',
    stale: 'unchanged answer on old evidence',
    copied: 'justification copied from another edition',
    label_match: "justification uses a lower answer's wording",
  },
  short: {
    after_reference: 'Later', undated: 'Undated', no_url: 'No URL', shared_source: 'Shared', weak_source: 'Weak',
    contradiction: 'Contra', stale: 'Stale', copied: 'Copied', label_match: 'Wording',
  },
  notes: (staleYears: number, shared: number) => [
    'A later source is not a problem when the justification says which period it describes ("as of 2018", "describes 2018", "at the end of 2018").',
    `Stale: unchanged since the previous edition with a source more than ${staleYears} years older than the edition. Shared: one source behind ${shared} or more answers of a country and edition.`,
  ],
  strict: (n: number) => `${n} answer(s) flagged; --strict fails on any flag`,
  pageTitle: 'Evidence check',
  pageLead: 'What a reviewer should look at first: answers whose evidence is later than the period it scores, undated, from weak hosts, carrying many answers, copied between editions, contradicted by a practice answer, or worded like a lower answer. A flag is a reason to recheck, not a verdict. The same check runs as "policy-index evidence"; the rules live in indicators/ (source-kinds.csv, evidence-rules.csv, answer-cues.csv).',
} as const;
