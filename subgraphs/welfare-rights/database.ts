import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/welfare-rights/client/client';

export type WelfareRightsDb = PrismaClient;
export const openWelfareRightsDatabase = (url: string) => openDatabase(PrismaClient, url);
