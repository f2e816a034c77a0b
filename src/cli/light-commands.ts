import type { Commands } from './dispatch.js';

/**
 * The commands that read and check a project without drawing anything. The installed command
 * (bin.ts) runs them from one bundled file (light.ts, built by scripts/bundle-cli.mjs), which
 * starts faster than the hundred-odd modules it is made of.
 */
export const lightCommands: Commands = {
  validate: async () => (await import('./validate.js')).validate,
  score: async () => (await import('./score.js')).score,
  schema: async () => (await import('./schema.js')).schema,
  coverage: async () => (await import('./coverage.js')).coverage,
  evidence: async () => (await import('./evidence.js')).evidence,
};
