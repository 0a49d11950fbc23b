import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, whether this runs from source (ts-jest, Prisma CLI) or from dist/. */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
