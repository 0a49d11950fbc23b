import fs from 'node:fs';

export default async function globalTeardown() {
  if (process.env.HUB_TEMPLATE_DIR) fs.rmSync(process.env.HUB_TEMPLATE_DIR, { recursive: true, force: true });
}
