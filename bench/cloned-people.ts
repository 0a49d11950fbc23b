import Database from 'better-sqlite3';

/** The hash-chained audit log is not per-person data to copy: cloning it would break the chain. */
const NOT_CLONED = new Set(['AuditEvent', 'BreakGlassReview']);

interface Column {
  name: string;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/** A clone of a row gets a new id that keeps the uuid's shape: its last 12 hex digits are the copy number. */
const cloned = (column: string) => `substr(${column}, 1, 24) || printf('%012x', copy.n)`;

/** What makes 100 different people of one: another birthday, family name and no NI number. */
const PERSON_OVERRIDES: Record<string, string> = {
  familyName: `familyName || '-' || copy.n`,
  dateOfBirth: `date('1960-01-01', '+' || ((CAST(julianday(dateOfBirth) - julianday('1960-01-01') AS INTEGER) + copy.n * 2731) % 16400) || ' days')`,
  nationalInsuranceNumber: 'NULL',
};

/**
 * Copies `copies` times every row that belongs to one of `personIds` in one subgraph's SQLite
 * database, in one transaction of INSERT ... SELECT statements: a register of 100,000 people
 * from 1,000 generated ones in seconds rather than through millions of ORM calls. Which rows
 * belong to a person is read from the schema itself: a `personId` column, the `Person` table's
 * `id`, or a foreign key to a table that has one; every such id is renumbered in the copy.
 */
export function clonePeople(file: string, personIds: string[], copies: number): number {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('CREATE TEMP TABLE base_person (id TEXT PRIMARY KEY); CREATE TEMP TABLE copy (n INTEGER PRIMARY KEY);');
    const addPerson = db.prepare('INSERT INTO base_person (id) VALUES (?)');
    const addCopy = db.prepare('INSERT INTO copy (n) VALUES (?)');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\'").all() as Array<{ name: string }>)
      .map(({ name }) => name)
      .filter((name) => !NOT_CLONED.has(name));
    const columnsOf = (table: string) => db.pragma(`table_info("${table}")`) as Column[];
    const keysOf = (table: string) => db.pragma(`foreign_key_list("${table}")`) as ForeignKey[];
    const hasPersonId = (table: string) => columnsOf(table).some((column) => column.name === 'personId');

    const scopeOf = (table: string): string | null => {
      if (table === 'Person') return 'id IN (SELECT id FROM base_person)';
      if (hasPersonId(table)) return 'personId IN (SELECT id FROM base_person)';
      const parent = keysOf(table).find((key) => hasPersonId(key.table));
      // Reference data (programmes) belongs to nobody and is shared by everyone.
      return parent ? `"${parent.from}" IN (SELECT "${parent.to}" FROM "${parent.table}" WHERE personId IN (SELECT id FROM base_person))` : null;
    };
    const clonedTables = new Map(tables.map((table) => [table, scopeOf(table)] as const).filter(([, scope]) => scope !== null));

    const statements = [...clonedTables].map(([table, scope]) => {
      const columns = columnsOf(table);
      const renumbered = new Set(['personId', ...keysOf(table).filter((key) => clonedTables.has(key.table)).map((key) => key.from)]);
      // A row's own id (`id`, or the decider's `linkId` of a copied link) is renumbered too.
      for (const column of columns) if (column.pk && /^(id|linkId)$/.test(column.name)) renumbered.add(column.name);
      const values = columns.map(({ name }) =>
        table === 'Person' && PERSON_OVERRIDES[name] ? PERSON_OVERRIDES[name] : renumbered.has(name) ? cloned(`"${name}"`) : `"${name}"`,
      );
      const names = columns.map(({ name }) => `"${name}"`).join(', ');
      return `INSERT INTO "${table}" (${names}) SELECT ${values.join(', ')} FROM "${table}", copy WHERE ${scope}`;
    });

    let inserted = 0;
    db.transaction(() => {
      for (const id of personIds) addPerson.run(id);
      for (let n = 1; n <= copies; n += 1) addCopy.run(n);
      for (const statement of statements) inserted += db.prepare(statement).run().changes;
    })();
    db.pragma('foreign_keys = ON');
    db.exec('ANALYZE');
    return inserted;
  } finally {
    db.close();
  }
}
