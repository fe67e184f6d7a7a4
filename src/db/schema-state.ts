/**
 * The constraints and indexes a database holds, read back as the same items the model declares
 * (schema-declaration.ts), and how they differ from the declared ones. `CREATE ... IF NOT EXISTS`
 * only looks at a name: an index whose definition changed, or that the model no longer declares,
 * stays as it was until a migration drops it. This is how such a leftover is found.
 */
import { CypherRunner } from './database';
import { SchemaItem } from './schema-declaration';
import { dropStatement } from './schema.cypher';
import { SHOW_CONSTRAINTS, SHOW_INDEXES } from './schema.cypher';

/** What the database holds: a declared kind of item, or another (a node key, an existence constraint, ...). */
export type HeldItem = SchemaItem | { kind: 'other'; name: string; definition: string };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The database's constraints and indexes (not the built-in token lookup ones), by name. */
export async function databaseSchema(db: CypherRunner): Promise<HeldItem[]> {
  const held: HeldItem[] = [];
  for (const row of await db.read(SHOW_CONSTRAINTS)) {
    const [label] = list(row.labelsOrTypes);
    const properties = list(row.properties);
    const name = String(row.name);
    held.push(row.type === 'UNIQUENESS' && row.entityType === 'NODE' && properties.length === 1
      ? { kind: 'unique', name, label, property: properties[0] }
      : { kind: 'other', name, definition: `${row.type} ${row.entityType} ${list(row.labelsOrTypes).join('|')}(${properties.join(', ')})` });
  }
  for (const row of await db.read(SHOW_INDEXES)) {
    const labels = list(row.labelsOrTypes);
    const properties = list(row.properties);
    const name = String(row.name);
    if (row.type === 'RANGE' && labels.length === 1 && properties.length === 1) {
      held.push({ kind: 'range', name, entity: row.entityType === 'NODE' ? 'node' : 'relationship', labelOrType: labels[0], property: properties[0] });
    } else if (row.type === 'FULLTEXT' && row.entityType === 'NODE') {
      held.push({ kind: 'fulltext', name, labels, properties });
    } else {
      held.push({ kind: 'other', name, definition: `${row.type} ${row.entityType} ${labels.join('|')}(${properties.join(', ')})` });
    }
  }
  return held.sort((a, b) => a.name.localeCompare(b.name));
}

/** An item's definition in one line, to compare and to print. */
export function definitionOf(item: HeldItem): string {
  switch (item.kind) {
    case 'unique':
      return `unique (:${item.label}).${item.property}`;
    case 'range':
      return item.entity === 'node' ? `range (:${item.labelOrType}).${item.property}` : `range [:${item.labelOrType}].${item.property}`;
    case 'fulltext':
      return `fulltext (:${item.labels.join('|')}) on ${item.properties.join(', ')}`;
    case 'other':
      return item.definition;
  }
}

export interface SchemaDrift {
  /** Declared names the database holds with another definition. */
  changed: { name: string; declared: string; held: string; drop: string }[];
  /** Items the database holds that nothing declares. */
  undeclared: { name: string; held: string }[];
  /** Declared items the database lacks. */
  missing: { name: string; declared: string }[];
}

export function schemaDrift(declared: readonly SchemaItem[], held: readonly HeldItem[]): SchemaDrift {
  const heldByName = new Map(held.map((item) => [item.name, item]));
  const declaredNames = new Set(declared.map((item) => item.name));
  const drift: SchemaDrift = { changed: [], undeclared: [], missing: [] };
  for (const item of declared) {
    const found = heldByName.get(item.name);
    if (!found) drift.missing.push({ name: item.name, declared: definitionOf(item) });
    else if (definitionOf(found) !== definitionOf(item)) drift.changed.push({ name: item.name, declared: definitionOf(item), held: definitionOf(found), drop: dropStatement(item) });
  }
  for (const item of held) if (!declaredNames.has(item.name)) drift.undeclared.push({ name: item.name, held: definitionOf(item) });
  return drift;
}
