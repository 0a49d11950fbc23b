/** Every spelling of a new subgraph's names the generated files use, derived once from the command line. */
export interface SubgraphNames {
  /** `drug-alcohol-service`: folder, database, docker-compose service, npm-style name. */
  name: string;
  /** `drugAlcoholService`: the exported definition in the registry. */
  camel: string;
  /** `DrugAlcoholService`: the database type (`DrugAlcoholServiceDb`), loaders and context. */
  pascal: string;
  /** `DRUG_ALCOHOL_SERVICE`: the prefix of its environment names. */
  constant: string;
  /** `treatment`: the namespaced field it adds to `Person`. */
  field: string;
  /** `Treatment`: its GraphQL type names (`TreatmentRecord`, `TreatmentEntry`) and Prisma models. */
  typePrefix: string;
  /** `treatmentRecord`: the Prisma client's accessor for `TreatmentRecord`. */
  recordModel: string;
  /** `treatmentEntry`. */
  entryModel: string;
  agency: string;
  agencyName: string;
  category: string;
}

/** Lower-case words joined by single hyphens: a valid npm package name, folder and database name. */
export const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** A short camelCase GraphQL field name like `socialCare` or `welfare`. */
export const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

const words = (kebab: string) => kebab.split('-');
const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

export const camelOf = (kebab: string) => lowerFirst(words(kebab).map(upperFirst).join(''));
export const pascalOf = (kebab: string) => words(kebab).map(upperFirst).join('');
export const titleOf = (kebab: string) => upperFirst(words(kebab).join(' '));

export function subgraphNames(input: { name: string; agency: string; agencyName?: string; category: string; field?: string }): SubgraphNames {
  const field = input.field ?? camelOf(input.name);
  const typePrefix = upperFirst(field);
  return {
    name: input.name,
    camel: camelOf(input.name),
    pascal: pascalOf(input.name),
    constant: input.name.toUpperCase().replace(/-/g, '_'),
    field,
    typePrefix,
    recordModel: `${field}Record`,
    entryModel: `${field}Entry`,
    agency: input.agency,
    agencyName: input.agencyName ?? titleOf(input.agency),
    category: input.category,
  };
}
