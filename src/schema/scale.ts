import { z } from 'zod';
import { Id, NumberCell, OptionalText, Text } from './common.js';

/** A row of indicators/scales.csv: one answer option of a categorical scale. */
export const ScaleOption = z.object({
  scale: Id,
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a code of letters, digits, _ . or -'),
  label: Text,
  score: NumberCell.refine((n) => n >= 0 && n <= 100, 'a score from 0 to 100'),
  /** Notes for researchers on when to choose this option; not shown to readers of the reports. */
  guidance: OptionalText,
});
export type ScaleOption = z.infer<typeof ScaleOption>;
export const scaleColumns = ['scale', 'code', 'label', 'score', 'guidance'] as const;
