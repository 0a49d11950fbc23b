import type { Prisma } from '../../prisma/welfare-rights/client/client';
import type { BetterOffCircumstances, BetterOffResult } from './universal-credit-calculation';

/** A calculation as stored: every input and result, and its working line by line, written in one statement. */
export function betterOffCalculationData(
  personId: string,
  circumstances: BetterOffCircumstances,
  { breakdown, ...results }: BetterOffResult,
  calculatedBy: string,
): Prisma.BetterOffCalculationCreateInput {
  return {
    personId,
    ...circumstances,
    ...results,
    calculatedBy,
    lines: { create: breakdown.map((line, position) => ({ position, ...line })) },
  };
}
