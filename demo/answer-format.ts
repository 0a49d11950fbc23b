/** How the demo shows JSON in a terminal: short parts on one line, long strings cut. */

const LINE_WIDTH = 104;
const LONGEST_STRING = 90;

/** Strings longer than a line are cut, saying how much was left out. */
export function shortenStrings(value: unknown, longest = LONGEST_STRING): unknown {
  if (typeof value === 'string') {
    return value.length <= longest ? value : `${value.slice(0, longest - 1)}… (+${value.length - longest + 1} chars)`;
  }
  if (Array.isArray(value)) return value.map((item) => shortenStrings(item, longest));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortenStrings(item, longest)]));
  }
  return value;
}

/** JSON on one line, spaced for reading: { "a": 1, "b": [1, 2] }. */
function inlineJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** Pretty JSON that keeps whatever fits in the line width on one line; `lead` is what the line already holds (a key). */
export function compactJson(value: unknown, indent = '', width = LINE_WIDTH, lead = 0): string {
  const flat = inlineJson(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => inner + compactJson(item, inner, width))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner, width, key.length + 4)}`);
  if (lines.length === 0) return flat;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** A query written as an indented template string, with its common indentation removed. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const margins = lines.filter((line) => line.trim()).map((line) => line.match(/^ */)![0].length);
  const margin = Math.min(...margins);
  return lines.map((line) => line.slice(margin)).join('\n');
}

/** Pence as pounds for narration: 123456 → "£1,234.56". */
export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  return `${sign}£${(Math.abs(pence) / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
