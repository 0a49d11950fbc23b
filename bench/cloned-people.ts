import { Client } from 'pg';

/** The Merkle audit log is not per-person data to copy: a cloned entry would be a leaf no checkpoint signed. */
const NOT_CLONED = new Set(['AuditEvent', 'AuditTreeState', 'AuditLegacyChain', 'BreakGlassReview', '_prisma_migrations']);

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/** A clone of a row gets a new id that keeps the uuid's shape: its last 12 hex digits are the copy number. */
const cloned = (column: string) => `substr(${column}, 1, 24) || lpad(to_hex(copy.n), 12, '0')`;

/** What makes 100 different people of one: another birthday, family name and no NI number. */
const PERSON_OVERRIDES: Record<string, string> = {
  familyName: `"familyName" || '-' || copy.n`,
  dateOfBirth: `to_char(date '1960-01-01' + (("dateOfBirth"::date - date '1960-01-01') + copy.n * 2731) % 16400, 'YYYY-MM-DD')`,
  nationalInsuranceNumber: 'NULL',
};

/**
 * Copies `copies` times every row that belongs to one of `personIds` in one subgraph's
 * PostgreSQL database, in one transaction of INSERT ... SELECT statements: a register of 100,000
 * people from 1,000 generated ones in seconds rather than through millions of ORM calls. Which
 * rows belong to a person is read from the catalogue: a `personId` column, the `Person` table's
 * `id`, or a foreign key to a table that has one; every such id is renumbered in the copy.
 */
export async function clonePeople(url: string, personIds: string[], copies: number): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const columnRows = await db.query<{ table: string; column: string; primary: boolean }>(`
      SELECT c.relname AS table, a.attname AS column,
             EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY(i.indkey)) AS primary
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
      ORDER BY c.relname, a.attnum`);
    const keyRows = await db.query<ForeignKey & { child: string }>(`
      SELECT cl.relname AS child, a.attname AS from, rcl.relname AS table, ra.attname AS to
      FROM pg_constraint k
      JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class rcl ON rcl.oid = k.confrelid
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
      WHERE k.contype = 'f' AND cl.relnamespace = 'public'::regnamespace`);
    const tables = [...new Set(columnRows.rows.map((row) => row.table))].filter((name) => !NOT_CLONED.has(name));
    const columnsOf = (table: string) => columnRows.rows.filter((row) => row.table === table);
    const keysOf = (table: string) => keyRows.rows.filter((key) => key.child === table);
    const hasPersonId = (table: string) => columnsOf(table).some((column) => column.column === 'personId');

    const scopeOf = (table: string): string | null => {
      if (table === 'Person') return 'id IN (SELECT id FROM base_person)';
      if (hasPersonId(table)) return '"personId" IN (SELECT id FROM base_person)';
      const parent = keysOf(table).find((key) => hasPersonId(key.table));
      // Reference data (programmes) belongs to nobody and is shared by everyone.
      return parent ? `"${parent.from}" IN (SELECT "${parent.to}" FROM "${parent.table}" WHERE "personId" IN (SELECT id FROM base_person))` : null;
    };
    const clonedTables = new Map(tables.map((table) => [table, scopeOf(table)] as const).filter(([, scope]) => scope !== null));

    const statements = [...clonedTables].map(([table, scope]) => {
      const columns = columnsOf(table);
      const renumbered = new Set(['personId', ...keysOf(table).filter((key) => clonedTables.has(key.table)).map((key) => key.from)]);
      // A row's own id (`id`, or the decider's `linkId` of a copied link) is renumbered too.
      for (const column of columns) if (column.primary && /^(id|linkId)$/.test(column.column)) renumbered.add(column.column);
      const values = columns.map(({ column }) =>
        table === 'Person' && PERSON_OVERRIDES[column] ? PERSON_OVERRIDES[column] : renumbered.has(column) ? cloned(`"${column}"`) : `"${column}"`,
      );
      const names = columns.map(({ column }) => `"${column}"`).join(', ');
      return `INSERT INTO "${table}" (${names}) SELECT ${values.join(', ')} FROM "${table}", copy WHERE ${scope}`;
    });

    let inserted = 0;
    await db.query('BEGIN');
    // Rows go in table by table, children possibly before parents: the foreign keys are checked by triggers this skips.
    await db.query('SET LOCAL session_replication_role = replica');
    await db.query('CREATE TEMP TABLE base_person (id text PRIMARY KEY) ON COMMIT DROP');
    await db.query('CREATE TEMP TABLE copy (n integer PRIMARY KEY) ON COMMIT DROP');
    await db.query('INSERT INTO base_person (id) SELECT unnest($1::text[])', [personIds]);
    await db.query('INSERT INTO copy (n) SELECT generate_series(1, $1::integer)', [copies]);
    for (const statement of statements) inserted += (await db.query(statement)).rowCount ?? 0;
    await db.query('COMMIT');
    await db.query('ANALYZE');
    return inserted;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
