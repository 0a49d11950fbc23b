import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../hub/project-root';
import { nameLetters } from './matching-keys';

/** The files of `matching-data/` (see its README for where each comes from). */
const FILES = ['nicknames.csv', 'uk-diminutives.csv'];

function load(): Map<string, Set<string>> {
  const variants = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (!variants.has(from)) variants.set(from, new Set());
    variants.get(from)!.add(to);
  };
  for (const file of FILES) {
    const text = fs.readFileSync(path.join(projectRoot, 'subgraphs', 'people', 'matching-data', file), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const [name, relationship, nickname] = line.trim().split(',');
      if (relationship !== 'has_nickname') continue;
      const [a, b] = [nameLetters(name), nameLetters(nickname)];
      if (!a || !b || a === b) continue;
      add(a, b);
      add(b, a);
    }
  }
  return variants;
}

let loaded: Map<string, Set<string>> | null = null;

/** True when one name is a listed nickname or diminutive of the other (both in matching form): Maggie/Margaret, Tom/Tomasz. */
export function areNameVariants(a: string, b: string): boolean {
  loaded ??= load();
  return loaded.get(a)?.has(b) ?? false;
}
