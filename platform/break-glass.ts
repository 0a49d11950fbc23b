import type { NextFunction, Request, Response } from 'express';

/**
 * Break-glass: staff with an urgent safeguarding need send a written justification in this
 * header; the gateway forwards it, the consent subgraph allows and logs it, and the DPO reviews
 * each such request once.
 */
export const BREAK_GLASS_HEADER = 'x-break-glass';

/** A justification a reviewer can judge: what is urgent and why, in a sentence, not a character. */
export const BREAK_GLASS_MIN_CHARACTERS = 40;
export const BREAK_GLASS_MIN_WORDS = 6;
export const BREAK_GLASS_MAX_CHARACTERS = 2000;

/** Why a justification is not enough, or null when it is. */
export function breakGlassProblem(justification: string): string | null {
  const text = justification.trim();
  const words = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length;
  if (text.length > BREAK_GLASS_MAX_CHARACTERS) return `at most ${BREAK_GLASS_MAX_CHARACTERS} characters`;
  if (text.length < BREAK_GLASS_MIN_CHARACTERS || words < BREAK_GLASS_MIN_WORDS) {
    return `say what is urgent and why, in at least ${BREAK_GLASS_MIN_WORDS} words and ${BREAK_GLASS_MIN_CHARACTERS} characters`;
  }
  return null;
}

/** The justification a request carries, once checked; null when it sent none. */
export const breakGlassJustificationOf = (header: string | undefined): string | null => header?.trim() || null;

/**
 * Refuses a request whose break-glass justification is too thin to review, before anything is
 * read: a 400 naming the header, so the caller can say more and try again.
 */
export function refuseInadequateBreakGlass(req: Request, res: Response, next: NextFunction) {
  const justification = breakGlassJustificationOf(req.header(BREAK_GLASS_HEADER));
  const problem = justification === null ? null : breakGlassProblem(justification);
  if (!problem) return next();
  res.status(400).json({
    errors: [
      {
        message: `The break-glass justification was refused: ${problem}.`,
        extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field: BREAK_GLASS_HEADER, problems: [problem] }] },
      },
    ],
  });
}
