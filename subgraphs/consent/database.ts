import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/consent/client/client';

export type ConsentDb = PrismaClient;
export const openConsentDatabase = (url: string) => openDatabase(PrismaClient, url);
