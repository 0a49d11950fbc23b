import { Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date written YYYY-MM-DD: how every date without a time travels through the hub. */
export const IsIsoDate = () => Matches(ISO_DATE, { message: ({ property }) => `${property} must be a date written YYYY-MM-DD` });
