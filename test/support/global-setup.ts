import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabases } from '../../hub/prepare-databases';

/**
 * Migrates and seeds every subgraph's database once, into a template folder that each test
 * copies: `prisma migrate deploy` costs seconds, a file copy costs nothing.
 */
export default async function globalSetup() {
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-template-'));
  await prepareDatabases(template, { demoData: true });
  process.env.HUB_TEMPLATE_DIR = template;
}
