import { expect, it } from 'vitest';
import * as stats from '../../../src/analysis/stats/index.js';

it('src/analysis/stats/index.ts re-exports every statistic', () => {
  expect(Object.keys(stats).sort()).toEqual([
    'abMatrix', 'averageRanks', 'completePairs', 'completeRows', 'correlationMatrix', 'createRng',
    'cronbachAlpha', 'isPresent', 'mean', 'median', 'pca', 'pearson', 'pearsonComplete', 'present',
    'quantile', 'saltelliDesign', 'sobolIndices', 'spearman', 'symmetricEigen', 'variance',
  ]);
});
