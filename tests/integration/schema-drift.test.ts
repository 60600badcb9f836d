// schema.prisma and the hand-written migrations must describe the same database: every model and
// field has its table and column with a compatible type, nullability, unique and foreign keys.
import fs from 'node:fs';
import pg from 'pg';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/db';

interface DmmfField {
  name: string;
  dbName: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  uniqueFields: string[][];
  primaryKey: { fields: string[] } | null;
}

const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', fs.readFileSync('prisma/schema.prisma', 'utf8')]] })));
const models: DmmfModel[] = dmmf.datamodel.models;
const enums: { name: string; values: { name: string }[] }[] = dmmf.datamodel.enums;

const SCALAR_TYPES: Record<string, string[]> = {
  String: ['text', 'character varying'],
  Int: ['integer'],
  BigInt: ['bigint'],
  Boolean: ['boolean'],
  DateTime: ['timestamp with time zone', 'timestamp without time zone', 'date'],
  Json: ['jsonb', 'json'],
  Decimal: ['numeric'],
  Float: ['double precision'],
  Bytes: ['bytea'],
};
const NATIVE: Record<string, string> = {
  Timestamptz: 'timestamp with time zone',
  Date: 'date',
  Timestamp: 'timestamp without time zone',
  VarChar: 'character varying',
  Text: 'text',
  Decimal: 'numeric',
};

let tdb: TestDb;
let columns: Map<string, { data_type: string; udt_name: string; is_nullable: string; column_default: string | null }>;
let uniques: Set<string>;
let fks: Set<string>;
let pgEnums: Map<string, string[]>;

beforeAll(async () => {
  tdb = await createTestDb();
  const c = new pg.Client({ connectionString: tdb.url });
  await c.connect();
  try {
    const cols = await c.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    columns = new Map(cols.rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    // Unique = a unique index or constraint whose column set is exactly these columns.
    const uq = await c.query(`SELECT t.relname AS tbl, array_agg(a.attname::text ORDER BY a.attname::text) AS cols
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND i.indisunique GROUP BY t.relname, i.indexrelid`);
    uniques = new Set(uq.rows.map((r) => `${r.tbl}(${r.cols.join(',')})`));
    const fk = await c.query(`SELECT cl.relname AS tbl, array_agg(a.attname::text ORDER BY a.attname::text) AS cols, rt.relname AS ref
    FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class rt ON rt.oid = k.confrelid
    JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = ANY(k.conkey) WHERE k.contype = 'f' GROUP BY cl.relname, rt.relname, k.oid`);
    fks = new Set(fk.rows.map((r) => `${r.tbl}(${r.cols.join(',')})->${r.ref}`));
    const en = await c.query(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    pgEnums = new Map(en.rows.map((r) => [r.typname, r.labels]));
  } finally {
    await c.end();
  }
});
afterAll(async () => tdb?.drop());

const table = (m: DmmfModel) => m.dbName ?? m.name;
const column = (m: DmmfModel, fieldName: string) => {
  const f = m.fields.find((x) => x.name === fieldName)!;
  return f.dbName ?? f.name;
};
/** A key as table(columns), its columns sorted: how the database's keys are listed too. */
const keyOf = (m: DmmfModel, cols: string[]) =>
  `${table(m)}(${cols
    .map((c) => column(m, c))
    .sort()
    .join(',')})`;

describe('schema.prisma matches the migrated database', () => {
  it('has a model for every table and a table for every model', () => {
    const tables = new Set([...columns.keys()].map((k) => k.split('.')[0]));
    tables.delete('_prisma_migrations');
    expect([...tables].sort()).toEqual(models.map(table).sort());
  });

  it.each(models.map((m) => [m.name, m] as const))('%s: columns, types and nullability', (_name, m) => {
    const scalarCols = m.fields.filter((f) => f.kind !== 'object');
    const tableCols = [...columns.keys()].filter((k) => k.startsWith(table(m) + '.')).map((k) => k.split('.')[1]);
    expect(tableCols.sort()).toEqual(scalarCols.map((f) => f.dbName ?? f.name).sort());
    for (const f of scalarCols) {
      const col = columns.get(`${table(m)}.${f.dbName ?? f.name}`)!;
      const where = `${m.name}.${f.name}`;
      if (f.kind === 'enum') expect(col.udt_name, where).toBe(f.type);
      else if (f.isList) expect(col.udt_name, where).toBe('_' + ({ String: 'text', Int: 'int4' } as Record<string, string>)[f.type]);
      else if (f.nativeType) expect(col.data_type, where).toBe(NATIVE[f.nativeType[0]]);
      else expect(SCALAR_TYPES[f.type], where).toContain(col.data_type);
      if (f.isList) expect(col.data_type, where).toBe('ARRAY');
      expect(col.is_nullable === 'NO', `${where} nullability`).toBe(f.isRequired);
      expect(col.column_default !== null || f.isId || !f.hasDefaultValue, `${where} default`).toBe(true);
    }
  });

  it.each(models.map((m) => [m.name, m] as const))('%s: primary, unique and foreign keys', (_name, m) => {
    const key = (cols: string[]) => keyOf(m, cols);
    const id = m.fields.filter((f) => f.isId).map((f) => f.name);
    const pk = id.length ? id : (m.primaryKey?.fields ?? []);
    expect(uniques.has(key(pk)), `${m.name} primary key`).toBe(true);
    for (const f of m.fields.filter((x) => x.isUnique)) expect(uniques.has(key([f.name])), `${m.name}.${f.name} unique`).toBe(true);
    for (const u of m.uniqueFields) expect(uniques.has(key(u)), `${m.name} @@unique(${u})`).toBe(true);
    for (const f of m.fields.filter((x) => x.kind === 'object' && x.relationFromFields?.length)) {
      const target = models.find((x) => x.name === f.type)!;
      expect(fks.has(`${key(f.relationFromFields!)}->${table(target)}`), `${m.name}.${f.name} foreign key`).toBe(true);
    }
  });

  it('has no unique key or foreign key that schema.prisma does not declare', () => {
    const declared = new Set<string>();
    const declaredFks = new Set<string>();
    for (const m of models) {
      const key = (cols: string[]) => keyOf(m, cols);
      const id = m.fields.filter((f) => f.isId).map((f) => f.name);
      declared.add(key(id.length ? id : (m.primaryKey?.fields ?? [])));
      for (const f of m.fields.filter((x) => x.isUnique)) declared.add(key([f.name]));
      for (const u of m.uniqueFields) declared.add(key(u));
      for (const f of m.fields.filter((x) => x.kind === 'object' && x.relationFromFields?.length)) {
        declaredFks.add(`${key(f.relationFromFields!)}->${table(models.find((x) => x.name === f.type)!)}`);
      }
    }
    expect([...uniques].filter((u) => !u.startsWith('_prisma_migrations(') && !declared.has(u))).toEqual([]);
    expect([...fks].filter((f) => !declaredFks.has(f))).toEqual([]);
  });

  it('has every enum with the same values', () => {
    for (const e of enums) expect(pgEnums.get(e.name), e.name).toEqual(e.values.map((v) => v.name));
  });
});
