import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/housing/client/client';

export type HousingDb = PrismaClient;
export const openHousingDatabase = (url: string) => openDatabase(PrismaClient, url);
