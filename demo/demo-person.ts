/** The person whose journey the demo follows: invented, with details in the ranges kept for drama and tests. */
export interface DemoPerson {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  nationalInsuranceNumber: string;
  postcode: string;
  phone: string;
  email: string;
}

export const leeWalsh: DemoPerson = {
  givenName: 'Lee',
  familyName: 'Walsh',
  dateOfBirth: '1991-03-14',
  nationalInsuranceNumber: 'JW 73 52 18 C',
  postcode: 'NE63 8QZ',
  // Ofcom's range for drama, and a domain reserved for examples.
  phone: '07700 900461',
  email: 'lee.walsh@example.org',
};

/**
 * Lee again, with another NI number and birthday: for a hub that keeps its data between runs,
 * where the Lee of an earlier run must not be found again.
 */
export function anotherLeeWalsh(random: () => number = Math.random): DemoPerson {
  const digits = String(Math.floor(random() * 1_000_000)).padStart(6, '0');
  const day = new Date(Date.UTC(1991, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
  return { ...leeWalsh, dateOfBirth: day, nationalInsuranceNumber: `JW ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} C` };
}

/** Age in whole years on a day (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
