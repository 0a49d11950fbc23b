import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/careers/client/client';

export type CareersDb = PrismaClient;
export const openCareersDatabase = (url: string) => openDatabase(PrismaClient, url);
