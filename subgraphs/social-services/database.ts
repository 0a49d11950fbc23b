import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/social-services/client/client';

export type SocialServicesDb = PrismaClient;
export const openSocialServicesDatabase = (url: string) => openDatabase(PrismaClient, url);
