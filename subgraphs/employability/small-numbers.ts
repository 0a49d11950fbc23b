/**
 * Small-number suppression for aggregate figures, as official statistics practise it: a count
 * from 1 to SUPPRESSED_BELOW - 1 could point at someone, so it is withheld; 0 is shown, except
 * where the whole group is that small (then even a 0 says something about each person in it).
 * A percentage is withheld when either of its two counts is.
 */
export const SUPPRESSED_BELOW = 5;

export interface Figure {
  count: number | null;
  suppressed: boolean;
  percent: number | null;
}

const isSmall = (count: number) => count > 0 && count < SUPPRESSED_BELOW;

/**
 * A count, and its percentage of `of` when given (rounded to two decimals). `withinSuppressedGroup`
 * withholds the count even when it is 0: the group it is counted in was itself suppressed.
 */
export function figure(count: number, options: { of?: number; withinSuppressedGroup?: boolean } = {}): Figure {
  const suppressed = options.withinSuppressedGroup === true || isSmall(count);
  const denominator = options.of;
  const denominatorSuppressed = options.withinSuppressedGroup === true || (denominator !== undefined && isSmall(denominator));
  const percent =
    denominator === undefined || denominator === 0 || suppressed || denominatorSuppressed
      ? null
      : Math.round((10_000 * count) / denominator) / 100;
  return { count: suppressed ? null : count, suppressed, percent };
}
