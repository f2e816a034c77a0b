import { z } from 'zod';
import { Id, OptionalText, Text, Weight, blankToNull } from './common.js';

/** A row of indicators/dimensions.csv: one node of the hierarchy above the indicators. */
export const Dimension = z.object({
  id: Id,
  name: Text,
  parent: z.preprocess(blankToNull, Id.nullable()),
  weight: Weight,
  description: OptionalText,
});
export type Dimension = z.infer<typeof Dimension>;
export const dimensionColumns = ['id', 'name', 'parent', 'weight', 'description'] as const;
