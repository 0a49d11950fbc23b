import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, isObjectType, parse } from 'graphql';
import { agencies, agencyCodes } from '../../schema/agency-registry';
import { dataCategories, dataCategoryCodes } from '../../schema/data-categories';
import { CAMEL, KEBAB, type SubgraphNames } from './names';

/** Agency kinds a partner may choose: the kinds of `schema/agency-registry.ts` that own records. */
export const PARTNER_KINDS = ['partner', 'housing-provider', 'treatment-provider', 'advice-service', 'careers-service', 'employability-provider', 'local-authority', 'criminal-justice'] as const;

/** Folders of the repository a subgraph may not be named after. */
const RESERVED_NAMES = new Set(['kit', 'gateway', 'registry', 'platform', 'hub', 'schema', 'client', 'migrations', 'web', 'node-modules']);

/** Words that cannot name a TypeScript binding or a resolver method. */
const RESERVED_WORDS = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await constructor prototype').split(' '),
);

/** What the committed supergraph already holds: `Person`'s fields, every type name, every subgraph. */
function supergraphNames(root: string) {
  const file = path.join(root, 'schema', 'supergraph.graphql');
  const schema = buildASTSchema(parse(fs.readFileSync(file, 'utf8')), { assumeValidSDL: true });
  const person = schema.getType('Person');
  const graphs = schema.getType('join__Graph') as { getValues?(): Array<{ name: string }> } | undefined;
  return {
    personFields: new Set(person && isObjectType(person) ? Object.keys(person.getFields()) : []),
    types: new Set(Object.keys(schema.getTypeMap())),
    graphs: new Set((graphs?.getValues?.() ?? []).map((value) => value.name)),
  };
}

/**
 * Every reason the scaffold must refuse, each naming the option at fault; empty when it may write.
 * Checked in full before anything is written.
 */
export function problemsWith(names: SubgraphNames, agencyKind: string, root: string): string[] {
  const problems: string[] = [];
  const { name, agency, category, field } = names;

  if (!KEBAB.test(name) || name.length > 40) {
    problems.push(`<name> "${name}" must be lower-case words joined by hyphens (a valid npm name and database name), at most 40 characters, e.g. "housing" or "drug-alcohol-service".`);
  } else if (RESERVED_NAMES.has(name) || RESERVED_WORDS.has(names.camel)) {
    problems.push(`<name> "${name}" is reserved (it names a part of the hub or a TypeScript keyword): choose another.`);
  } else {
    const taken = [path.join('subgraphs', name), path.join('prisma', name), path.join('test', `${name}.test.ts`)].filter((p) => fs.existsSync(path.join(root, p)));
    const supergraph = supergraphNames(root);
    if (taken.length || supergraph.graphs.has(names.constant)) {
      problems.push(`<name> "${name}" already exists (${taken.length ? taken.join(', ') : 'in schema/supergraph.graphql'}): a subgraph's name is its identity; choose a new one.`);
    }
  }

  if (!KEBAB.test(agency) || agency.length > 40) {
    problems.push(`--agency "${agency}" must be lower-case words joined by hyphens, e.g. "allotments-trust".`);
  } else if (agency.startsWith('generated-')) {
    problems.push(`--agency "${agency}": codes starting "generated-" are kept for the tests' invented teams.`);
  } else if (agencyCodes.includes(agency)) {
    const owner = agencies.find((a) => a.code === agency)?.subgraph;
    problems.push(`--agency "${agency}" is already in schema/agency-registry.ts${owner ? ` and owns the ${owner} subgraph` : ''}: a new subgraph brings its own agency.`);
  }

  if (!(PARTNER_KINDS as readonly string[]).includes(agencyKind)) {
    problems.push(`--agency-kind "${agencyKind}" must be one of ${PARTNER_KINDS.join(', ')}.`);
  }

  if (!dataCategoryCodes.includes(category)) {
    problems.push(
      `--category "${category}" is not in schema/data-categories.ts. Known categories: ${dataCategoryCodes.join(', ')}. ` +
        'A new category belongs in that registry first, with the data-protection officer\'s sign-off (docs/PARTNERS.md).',
    );
  } else if (category === 'identity') {
    problems.push('--category identity would show these records to every agency linked to the person: choose the category the records are about.');
  }

  if (!CAMEL.test(field) || field.length > 30 || RESERVED_WORDS.has(field)) {
    problems.push(`--field "${field}" must be a short camelCase name (letters and digits, starting lower-case), like socialCare or welfare.`);
  } else {
    const supergraph = supergraphNames(root);
    if (supergraph.personFields.has(field)) problems.push(`--field "${field}": Person.${field} already exists in the supergraph; choose another with --field.`);
    const clashes = [`${names.typePrefix}Record`, `${names.typePrefix}Entry`, `${names.typePrefix}EntryInput`].filter((type) => supergraph.types.has(type));
    if (clashes.length) problems.push(`--field "${field}": the types it would add (${clashes.join(', ')}) already exist in the supergraph; choose another with --field.`);
  }
  return problems;
}

export const categoryTitle = (code: string) => dataCategories.find((c) => c.code === code)?.title ?? code;
