/**
 * Break-glass: staff with an urgent safeguarding need send a written justification in this
 * header; the gateway forwards it, the consent subgraph allows and logs it for the DPO's review.
 */
export const BREAK_GLASS_HEADER = 'x-break-glass';
