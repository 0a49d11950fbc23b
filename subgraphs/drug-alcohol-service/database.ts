import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/drug-alcohol-service/client/client';

export type DrugAlcoholServiceDb = PrismaClient;
export const openDrugAlcoholServiceDatabase = (url: string) => openDatabase(PrismaClient, url);
