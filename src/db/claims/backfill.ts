/**
 * Claims for a graph written before claims existed (model version 3): each node and relationship
 * that has provenance but no claim gets, from each source on its provenance lists, the claim that
 * it exists (with that source's quotes) and a claim of each stated value it holds. A graph built
 * from one source per element (the seed) is thereby exactly what loading it today writes; where
 * several sources supported one element, every value is attributed to each of them, and re-loading
 * their files (`npm run ingest -- --apply`) restates precisely what each says.
 *
 * Runs after migrations (src/db/prepare.ts); on a graph whose every element has claims it finds nothing.
 */
import { GraphModel } from '../../model/declaration';
import { TransactionRunner } from '../database';
import { Claim, nodeSubject, relationshipSubject, Subject } from './claim';
import { UNCLAIMED_NODES, UNCLAIMED_RELATIONSHIPS } from './claims.cypher';
import { elementClaims } from './element-claims';
import { applyClaims, planClaims, Run } from './plan';

function claimsFromProvenance(model: GraphModel, about: Subject, properties: Record<string, unknown>): Claim[] {
  const sources = (properties.sources as string[] | undefined) ?? [];
  const quotes = (properties.quotes as string[] | undefined) ?? [];
  const bySource = new Map<string, string[]>();
  sources.forEach((source, index) => bySource.set(source, [...(bySource.get(source) ?? []), quotes[index] ?? '']));
  return [...bySource].flatMap(([source, sourceQuotes]) =>
    elementClaims(model, about, properties, source, { storage: 'stored', quotes: sourceQuotes, locator: null, excerpt: null }));
}

/** Writes the claims of every element that has none; returns how many claims it wrote. */
export async function backfillClaims(tx: TransactionRunner, model: GraphModel): Promise<number> {
  const run: Run = (statement, params) => tx.run(statement, params);
  const nodes = await run(UNCLAIMED_NODES);
  const relationships = await run(UNCLAIMED_RELATIONSHIPS);
  const known = new Set(model.nodes.map((node) => node.label));
  const knownTypes = new Set(model.relationships.map((rel) => rel.type));
  const added = [
    ...nodes.filter((row) => known.has(String(row.label)))
      .flatMap((row) => claimsFromProvenance(model, nodeSubject(String(row.id), String(row.label)), row.properties as Record<string, unknown>)),
    ...relationships.filter((row) => knownTypes.has(String(row.type)))
      .flatMap((row) => claimsFromProvenance(model, relationshipSubject(String(row.type), String(row.from), String(row.to), (row.key as string | null) ?? null), row.properties as Record<string, unknown>)),
  ];
  if (added.length === 0) return 0;
  await applyClaims(run, await planClaims(run, model, { replaced: [], added }));
  return added.length;
}
