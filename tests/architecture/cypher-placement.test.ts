/**
 * Cypher lives in one kind of place per purpose (docs/ARCHITECTURE.md, "Where Cypher lives"):
 * analysts' queries in cypher/*.cypher, the API's and tools' fixed statements as named constants in
 * a module's one `*.cypher.ts` file, and expressions several statements share in
 * src/db/cypher-fragments.ts. No service, resolver, command or tool writes a statement inline.
 *
 * The check reads every TypeScript file of src/ with the compiler's parser and flags each string
 * literal (or the text before a template's first `${`) that starts with a Cypher clause, outside
 * those places. It also guards one shared predicate: a node's own label is computed by ownLabel()
 * alone, never spelled out again.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

/** A statement begins with one of these clauses (upper case, as the project writes Cypher). */
const CYPHER_CLAUSE =
  /^\s*(OPTIONAL MATCH|MATCH|MERGE|CREATE|RETURN|UNWIND|WITH|CALL|SHOW|DROP|DETACH DELETE|DELETE|FOREACH|LOAD CSV|USE)\b/;

/** The one spelling of "a node's own label" (src/db/cypher-fragments.ts); nowhere else. */
const OWN_LABEL_EXPRESSION = /labels\(\w+\)\s+WHERE\s+\w+\s*<>\s*'Entity'/;

const FRAGMENTS = path.join('src', 'db', 'cypher-fragments.ts');

/** Files that may hold Cypher: a module's statements and the shared fragments. */
function mayHoldCypher(relativePath: string): boolean {
  return relativePath.endsWith('.cypher.ts') || relativePath === FRAGMENTS;
}

function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Every string literal of a file, and the leading text of every template. */
function literalsOf(file: string): Literal[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const record = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file: path.relative(ROOT, file), line: line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) record(node, node.text);
    else if (ts.isTemplateExpression(node)) record(node, node.head.text + node.templateSpans.map((span) => span.literal.text).join(' '));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `file:line: text` for the literal's line that matches `pattern` (its first line of text by default). */
function describeLiteral({ file, line, text }: Literal, pattern: RegExp = /\S/): string {
  const lines = text.split('\n');
  const index = Math.max(0, lines.findIndex((candidate) => pattern.test(candidate)));
  return `${file}:${line + index}: ${lines[index].trim().slice(0, 100)}`;
}

const LITERALS = typeScriptFiles(SRC).flatMap(literalsOf);

describe('where Cypher lives', () => {
  it('finds statements in the files that may hold them (the check can see Cypher)', () => {
    const statements = LITERALS.filter((literal) => mayHoldCypher(literal.file) && CYPHER_CLAUSE.test(literal.text));
    expect(statements.length).toBeGreaterThan(20);
  });

  it('writes no Cypher statement outside *.cypher.ts files and src/db/cypher-fragments.ts', () => {
    const inline = LITERALS.filter((literal) => !mayHoldCypher(literal.file) && CYPHER_CLAUSE.test(literal.text));
    expect(inline.map((statement) => describeLiteral(statement))).toEqual([]);
  });

  it("spells a node's own label once, in ownLabel() (src/db/cypher-fragments.ts)", () => {
    const copies = LITERALS.filter((literal) => literal.file !== FRAGMENTS && OWN_LABEL_EXPRESSION.test(literal.text));
    expect(copies.map((copy) => describeLiteral(copy, OWN_LABEL_EXPRESSION))).toEqual([]);
  });
});
