import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/employability/client/client';

export type EmployabilityDb = PrismaClient;
export const openEmployabilityDatabase = (url: string) => openDatabase(PrismaClient, url);
