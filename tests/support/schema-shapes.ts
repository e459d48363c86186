import ts from 'typescript';
import type { SqliteDatabase } from '../../db/vault/sqlite';

/**
 * What Kysely needs to know of a column, read from both sides: the database (PRAGMA table_xinfo) and the TypeScript
 * interfaces (the compiler API). `any` is a column whose type SQLite does not know (a virtual table's).
 */
export interface ColumnShape {
  family: 'string' | 'number' | 'blob' | 'any' | `unsupported ${string}`;
  nullable: boolean;
  /** The database fills it when an insert leaves it out: a DEFAULT, or the rowid (INTEGER PRIMARY KEY). */
  generated: boolean;
}
export type TableShapes = Map<string, Map<string, ColumnShape>>;

/** SQLite's type affinity rules (https://www.sqlite.org/datatype3.html#determination_of_column_affinity). */
function familyOfDeclared(type: string): ColumnShape['family'] {
  const upper = type.toUpperCase();
  if (upper === '') return 'any';
  if (upper.includes('INT')) return 'number';
  if (/CHAR|CLOB|TEXT/.test(upper)) return 'string';
  if (upper.includes('BLOB')) return 'blob';
  if (upper === 'ANY') return 'any';
  return 'number';
}

interface XInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

/** Every table of `db` (virtual ones included, their shadow tables and those of `exclude` not), by column. */
export function databaseShapes(db: SqliteDatabase, exclude: readonly string[] = []): TableShapes {
  const tables = db
    .prepare(`SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')`)
    .all() as {
    name: string;
    type: string;
    wr: number;
  }[];
  const shapes: TableShapes = new Map();
  for (const table of tables) {
    if (table.name.startsWith('sqlite_') || exclude.includes(table.name)) continue;
    const columns = (db.prepare('SELECT * FROM pragma_table_xinfo(?)').all(table.name) as XInfo[]).filter(
      (c) => c.hidden === 0,
    );
    const rowidAlias = table.wr === 0 && columns.filter((c) => c.pk > 0).length === 1;
    shapes.set(
      table.name,
      new Map(
        columns.map((c) => {
          const isRowid = rowidAlias && c.pk === 1 && c.type.toUpperCase() === 'INTEGER';
          // A virtual table's columns have no type and no constraint: only their names can be compared.
          const family = table.type === 'virtual' ? 'any' : familyOfDeclared(c.type);
          const nullable = table.type !== 'virtual' && c.notnull === 0 && c.pk === 0;
          return [c.name, { family, nullable, generated: c.dflt_value !== null || isRowid }];
        }),
      ),
    );
  }
  return shapes;
}

function familyOfType(type: ts.Type, checker: ts.TypeChecker): ColumnShape['family'] {
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  const name = type.getSymbol()?.getName();
  return name === 'Uint8Array' || name === 'Buffer' ? 'blob' : `unsupported ${checker.typeToString(type)}`;
}

function shapeOf(node: ts.TypeNode, checker: ts.TypeChecker): ColumnShape {
  let selected = node;
  let generated = false;
  if (ts.isTypeReferenceNode(node) && ['Generated', 'GeneratedAlways'].includes(node.typeName.getText())) {
    selected = node.typeArguments?.[0] ?? node;
    generated = true;
  }
  const type = checker.getTypeFromTypeNode(selected);
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((part) => part.flags & ts.TypeFlags.Null);
  const families = [
    ...new Set(parts.filter((part) => !(part.flags & ts.TypeFlags.Null)).map((part) => familyOfType(part, checker))),
  ];
  const family: ColumnShape['family'] =
    families.length === 1 && families[0] ? families[0] : `unsupported ${families.join(' | ')}`;
  return { family, nullable, generated };
}

/** The tables of the `Database` interface declared in `file` (and the interfaces it names, wherever they live). */
export function declaredShapes(file: string): TableShapes {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const database = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  );
  if (!database) throw new Error(`${file} declares no Database interface`);
  const shapes: TableShapes = new Map();
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const columns = new Map<string, ColumnShape>();
    for (const column of checker.getTypeOfSymbolAtLocation(table, database).getProperties()) {
      const declaration = column.valueDeclaration;
      if (!declaration || !ts.isPropertySignature(declaration) || !declaration.type)
        throw new Error(`${table.name}.${column.name} is not a typed property`);
      columns.set(column.name, shapeOf(declaration.type, checker));
    }
    shapes.set(table.name, columns);
  }
  return shapes;
}

const describeShape = (shape: ColumnShape) =>
  `${shape.family}${shape.nullable ? ' | null' : ''}${shape.generated ? ', generated' : ''}`;

/** Every difference between what the database holds and what the interfaces declare, one readable line each. */
export function shapeDifferences(database: TableShapes, declared: TableShapes): string[] {
  const differences: string[] = [];
  for (const [table, columns] of database) {
    const types = declared.get(table);
    if (!types) {
      differences.push(`table ${table} is not declared`);
      continue;
    }
    for (const [column, shape] of columns) {
      const type = types.get(column);
      if (!type) differences.push(`${table}.${column} is not declared`);
      else if (
        shape.family === 'any' ? type.generated !== shape.generated : describeShape(type) !== describeShape(shape)
      ) {
        differences.push(
          `${table}.${column} is ${describeShape(shape)} in the database but declared ${describeShape(type)}`,
        );
      }
    }
    for (const column of types.keys())
      if (!columns.has(column)) differences.push(`${table}.${column} is declared but not in the database`);
  }
  for (const table of declared.keys())
    if (!database.has(table)) differences.push(`table ${table} is declared but not in the database`);
  return differences;
}
