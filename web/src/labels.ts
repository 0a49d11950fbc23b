import { agencies } from '../../schema/agency-registry';
import { dataCategories } from '../../schema/data-categories';

export { agencies, dataCategories };

export const agencyName = (code: string | null | undefined): string =>
  code ? (agencies.find((agency) => agency.code === code)?.name ?? code) : 'Unknown agency';

export const categoryTitle = (code: string): string => dataCategories.find((category) => category.code === code)?.title ?? code;

export const isSpecialCategory = (code: string): boolean => dataCategories.find((category) => category.code === code)?.special ?? false;

/** `IN_WORK_13_WEEKS` as "In work 13 weeks". */
export function words(value: string | null | undefined): string {
  if (!value) return '';
  const spaced = value.toLowerCase().replace(/_/g, ' ');
  const cased = (spaced.charAt(0).toUpperCase() + spaced.slice(1)).replace(/\b(neet|cv|lcw|lcwra)\b/gi, (w) => w.toUpperCase());
  return cased;
}

export const pounds = (pence: number | null | undefined): string =>
  pence === null || pence === undefined ? '' : `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const MOMENT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "14 March 1991" from YYYY-MM-DD, "2 December 2026, 09:05" from a timestamp. */
export function when(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return DAY.format(new Date(`${value}T12:00:00Z`));
  return MOMENT.format(new Date(value));
}

export const fullName = (person: { givenName?: string | null; familyName?: string | null; preferredName?: string | null } | null | undefined) =>
  person ? [person.preferredName ?? person.givenName, person.familyName].filter(Boolean).join(' ') : '';
