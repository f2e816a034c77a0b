import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliText } from '../messages/cli.js';

/** A usage error: the command prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; unknown options and missing values become UsageErrors. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(argv: string[], options: Options): Parsed {
  try {
    return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as Parsed;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const option = /'(-[^']*)'/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(cliText.unknownOption(option));
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(cliText.optionValue(option.split(' ')[0]!));
    throw new UsageError(err.message.split('\n')[0]!);
  }
}

export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(cliText.badChoice(option, value, choices));
  return value as T;
}

export function numberIn(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(cliText.badNumber(option, value, `a number from ${min} to ${max}`));
  return n;
}

/**
 * A whole-number option from `min` to `max`. Only digits are accepted (`1e12`, `0x10` and `12.0`
 * are refused), and never beyond what a double holds exactly.
 */
export function integer(option: string, value: string | undefined, min = 1, max?: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > (max ?? Number.MAX_SAFE_INTEGER)) {
    throw new UsageError(cliText.badNumber(option, value, max === undefined ? `a whole number from ${min}` : `a whole number from ${min} to ${max}`));
  }
  return n;
}

/** Bounds of the numeric options: beyond them a run would exhaust memory or the canvas. */
export const optionLimits = {
  /** 8 device pixels per CSS pixel is 1,000 dpi on a 27 cm chart; more makes a canvas no system can allocate. */
  pngScale: 8,
  threads: 64,
  workers: 64,
  oldest: 100_000,
} as const;
