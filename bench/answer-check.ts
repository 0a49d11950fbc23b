export interface AnswerCheck {
  /** Why this answer does not count, or null when it does. */
  problem: string | null;
  /** The answer carried only errors the operation expects (fields refused for want of consent). */
  expectedErrors: boolean;
}

/**
 * Whether one HTTP answer counts as served: 200, JSON, data present, and no error other than
 * the expected codes. A fast answer that is an error must never flatter a figure.
 */
export function checkAnswer(status: number, text: string, expectedCodes: string[]): AnswerCheck {
  if (status !== 200) return { problem: `HTTP ${status}: ${text.slice(0, 200)}`, expectedErrors: false };
  let answer: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    answer = JSON.parse(text);
  } catch {
    return { problem: `not JSON: ${text.slice(0, 200)}`, expectedErrors: false };
  }
  const errors = answer.errors ?? [];
  const other = errors.find((error) => !expectedCodes.includes(error.extensions?.code ?? ''));
  if (other) return { problem: `${other.extensions?.code ?? 'no code'}: ${other.message}`, expectedErrors: false };
  if (answer.data === null || answer.data === undefined) return { problem: 'no data', expectedErrors: false };
  return { problem: null, expectedErrors: errors.length > 0 };
}
