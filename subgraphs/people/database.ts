import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/people/client/client';

export type PeopleDb = PrismaClient;
export const openPeopleDatabase = (url: string) => openDatabase(PrismaClient, url);
