/**
 * Prisma 6.19's `migrate deploy` through the JS schema engine reads PostgreSQL's catalogue, whose
 * `name` and `"char"` columns @prisma/adapter-pg 6.19 cannot map ("Column type 'name' could not be
 * deserialized", prisma/orm issue 27403). Both are text on the wire: this makes `pg` describe
 * them as text. Loaded by the Prisma CLI's configuration only, never by the running hub.
 * `pg` is pinned in package.json because this reaches into its Result class.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Result = require('pg/lib/result') as { prototype: { addFields(fields: Array<{ dataTypeID: number }>): void } };

const NAME = 19;
const CHAR = 18;
const TEXT = 25;

const addFields = Result.prototype.addFields;
Result.prototype.addFields = function addFieldsAsText(this: unknown, fields) {
  for (const field of fields) if (field.dataTypeID === NAME || field.dataTypeID === CHAR) field.dataTypeID = TEXT;
  return addFields.call(this, fields);
};
