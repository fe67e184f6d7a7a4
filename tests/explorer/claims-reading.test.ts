/**
 * How the explorer reads claims, as pure functions of the API's answer and the model (no browser,
 * no database): which properties are disputed, every claim of one side by side with its source's
 * words (a stored source's quotes, a cited source's locator and excerpt), the preferred first and
 * why; a node's relationships' disputes from the conflicts about it, matched to the page's links;
 * and that the neighbourhood queries ask for all of it with the facts, in one request.
 */
import {
  Claim, claimValueWords, Conflict, disputesOf, disputesOfLink, nodePropertyWords, relationshipDisputes, relationshipPropertyWords, ruleWords,
} from '../../src/explorer/claims';
import { CLAIMS_PAGE, CLAIMS_PER_CONFLICT, CONFLICTS_SHOWN, neighbourhoodSpecs } from '../../src/explorer/neighbourhood-queries';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { nodeDeclaration, relationshipDeclaration } from '../../src/model/model-queries';

const ALMANAC = { id: 'test-almanac', title: 'The almanac', published: '2020' };
const YEARBOOK = { id: 'test-yearbook', title: 'The yearbook', published: '2022' };
const WEB = { id: 'test-web', title: 'A web page', published: null };

/** A claim as the API returns it: stored by default, agreed with, preferred. */
function claim(overrides: Partial<Claim> & Pick<Claim, 'id' | 'property' | 'value'>): Claim {
  return {
    storage: 'STORED', quotes: ['A sentence.'], locator: null, excerpt: null,
    preferred: true, pinned: false, disputed: false, rule: null, source: ALMANAC,
    ...overrides,
  };
}

const PERSON = nodePropertyWords(nodeDeclaration(GRAPH_MODEL, 'Person').properties, neighbourhoodSpecs(GRAPH_MODEL).Person.detailTerms);
const ENTRY = relationshipPropertyWords(relationshipDeclaration(GRAPH_MODEL, 'ENTERED_RACE').properties);

/** Three sources on a person's birth year: two agree on 1961 (one of them cited), one says 1962. */
const PERSON_CLAIMS: Claim[] = [
  claim({ id: 'exists-1', property: null, value: null }),
  claim({ id: 'name-1', property: 'name', value: 'Vera Dispute' }),
  claim({ id: 'name-2', property: 'name', value: 'Vera Dispute', source: YEARBOOK }),
  claim({ id: 'born-yearbook', property: 'born', value: '1962', source: YEARBOOK, quotes: ['Born in 1962, Vera Dispute raced.'], preferred: false, disputed: true, rule: 'AGREEMENT' }),
  claim({ id: 'born-almanac', property: 'born', value: '1961', quotes: ['Vera Dispute was born in 1961'], disputed: true, rule: 'AGREEMENT' }),
  claim({
    id: 'born-web', property: 'born', value: '1961', source: WEB, storage: 'CITED', quotes: [],
    locator: 'Section Early life', excerpt: 'Vera Dispute (born 1961) is a driver.', disputed: true, rule: 'AGREEMENT',
  }),
];

describe('disputes among a node\'s claims', () => {
  test('only the disputed property, under the term its detail is shown with; the preferred claims first, then by source title', () => {
    const disputes = disputesOf(PERSON_CLAIMS, PERSON);
    expect(disputes.map(({ property, term, rule }) => ({ property, term, rule }))).toEqual([
      { property: 'born', term: 'Born', rule: 'most sources agree with it' },
    ]);
    expect(disputes[0].claims.map(({ id, value, source, preferred }) => [id, value, source.title, preferred])).toEqual([
      ['born-web', '1961', 'A web page', true],
      ['born-almanac', '1961', 'The almanac', true],
      ['born-yearbook', '1962', 'The yearbook', false],
    ]);
  });

  test('a stored source\'s claim shows its quotes; a cited source\'s its locator and excerpt', () => {
    const [born] = disputesOf(PERSON_CLAIMS, PERSON);
    const evidence = Object.fromEntries(born.claims.map((view) => [view.id, view.evidence]));
    expect(evidence['born-almanac']).toEqual({ storage: 'stored', quotes: ['Vera Dispute was born in 1961'] });
    expect(evidence['born-web']).toEqual({ storage: 'cited', locator: 'Section Early life', excerpt: 'Vera Dispute (born 1961) is a driver.' });
  });

  test('sources that agree, and no claims at all, make no dispute', () => {
    expect(disputesOf(PERSON_CLAIMS.filter((one) => one.property !== 'born'), PERSON)).toEqual([]);
    expect(disputesOf([], PERSON)).toEqual([]);
  });

  test('a curator\'s pin is the rule of the dispute, and marked on the claim', () => {
    const pinned = PERSON_CLAIMS.map((one) =>
      one.property !== 'born' ? one
        : { ...one, preferred: one.id === 'born-yearbook', pinned: one.id === 'born-yearbook', rule: 'PINNED' as const });
    const [born] = disputesOf(pinned, PERSON);
    expect(born.rule).toBe('pinned by a curator');
    expect(born.claims.map(({ id, preferred, pinned: isPinned }) => [id, preferred, isPinned])).toEqual([
      ['born-yearbook', true, true],
      ['born-web', false, false],
      ['born-almanac', false, false],
    ]);
  });

  test('a property without a term is named in words', () => {
    const claims = [
      claim({ id: 'a', property: 'name', value: 'Vera Dispute', disputed: true, rule: 'SOURCE_ORDER' }),
      claim({ id: 'b', property: 'name', value: 'Vera Disputa', source: YEARBOOK, preferred: false, disputed: true, rule: 'SOURCE_ORDER' }),
    ];
    expect(disputesOf(claims, PERSON).map(({ term, rule }) => [term, rule])).toEqual([['name', 'its source comes first by id (no other rule decides)']]);
  });
});

describe('disputes among a relationship\'s claims', () => {
  const ENTRY_CLAIMS: Claim[] = [
    claim({ id: 'exists-almanac', property: null, value: null }),
    claim({ id: 'exists-yearbook', property: null, value: null, source: YEARBOOK }),
    claim({ id: 'finish-almanac', property: 'finishPosition', value: 4, preferred: false, disputed: true, rule: 'RECENCY' }),
    claim({ id: 'finish-yearbook', property: 'finishPosition', value: 5, source: YEARBOOK, disputed: true, rule: 'RECENCY' }),
  ];

  test('a race finish: named in words, its values read as the entry reads them', () => {
    const disputes = disputesOf(ENTRY_CLAIMS, ENTRY);
    expect(disputes.map(({ property, term, rule }) => [property, term, rule])).toEqual([['finishPosition', 'finish position', 'its source is the most recent']]);
    expect(disputes[0].claims.map(({ value, preferred }) => [value, preferred])).toEqual([['finished 5th', true], ['finished 4th', false]]);
  });

  test('sources naming another end of a to-one relationship: the existence claims are the dispute', () => {
    const claims = ENTRY_CLAIMS.slice(0, 2).map((one, index) => ({ ...one, disputed: true, preferred: index === 0, rule: 'RECENCY' as const }));
    const [dispute] = disputesOf(claims, ENTRY);
    expect([dispute.property, dispute.term, dispute.claims.length]).toEqual([null, 'this link', 2]);
  });
});

describe('the disputes of a node\'s relationships, from the conflicts about it', () => {
  const person = (id: string, name: string) => ({ __typename: 'Person', id, name });
  const place = (id: string, name: string) => ({ __typename: 'Place', id, name });
  const race = (id: string, name: string) => ({ __typename: 'Race', id, name });
  const RITA = person('test-rita', 'Rita Fast');
  const VALLEY = race('test-valley', 'Valley 200');
  const entered = { type: 'ENTERED_RACE', key: null, from: RITA, to: VALLEY };
  const CONFLICTS: Conflict[] = [
    // Her own birth year: not a relationship's, so not here (the node's claims give it).
    { relationshipType: null, property: 'born', claims: PERSON_CLAIMS.filter((one) => one.property === 'born') },
    {
      relationshipType: 'ENTERED_RACE', property: 'finishPosition', claims: [
        claim({ id: 'f4', property: 'finishPosition', value: 4, disputed: true, rule: 'SOURCE_ORDER', relationship: entered }),
        claim({ id: 'f3', property: 'finishPosition', value: 3, source: YEARBOOK, preferred: false, disputed: true, rule: 'SOURCE_ORDER', relationship: entered }),
      ],
    },
    {
      relationshipType: 'BORN_IN', property: null, claims: [
        claim({ id: 'south', property: null, value: null, disputed: true, rule: 'RECENCY', relationship: { type: 'BORN_IN', key: null, from: RITA, to: place('test-south', 'South Town') } }),
        claim({
          id: 'north', property: null, value: null, source: YEARBOOK, preferred: false, disputed: true, rule: 'RECENCY',
          relationship: { type: 'BORN_IN', key: null, from: RITA, to: place('test-north', 'North Town') },
        }),
      ],
    },
  ];
  const disputes = relationshipDisputes(CONFLICTS, RITA.id);

  test('a race finish: its values as the entry reads them; matched to the entry from either end', () => {
    const fromRita = disputesOfLink(disputes, { type: 'ENTERED_RACE', from: RITA.id, to: VALLEY.id });
    expect(fromRita.map(({ term, rule, claims }) => [term, rule, claims.map((view) => view.value)])).toEqual([
      ['finish position', 'its source comes first by id (no other rule decides)', ['finished 4th', 'finished 3rd']],
    ]);
    expect(disputesOfLink(disputes, { type: 'ENTERED_RACE', from: VALLEY.id, to: RITA.id })).toEqual(fromRita);
    expect(disputesOfLink(disputes, { type: 'ENTERED_RACE', from: RITA.id, to: 'test-another-race' })).toEqual([]);
    expect(disputesOfLink(disputes, { type: 'ENTERED_SEASON', from: RITA.id, to: VALLEY.id })).toEqual([]);
  });

  test('a birth place two sources give differently: named by the relationship\'s words, each claim by the place it names; on either place\'s link', () => {
    const north = disputesOfLink(disputes, { type: 'BORN_IN', from: RITA.id, to: 'test-north' });
    expect(north.map(({ property, term, rule, claims }) => [property, term, rule, claims.map((view) => [view.value, view.preferred])])).toEqual([
      [null, 'born in', 'its source is the most recent', [['South Town', true], ['North Town', false]]],
    ]);
    expect(disputesOfLink(disputes, { type: 'BORN_IN', from: RITA.id, to: 'test-south' })).toEqual(north);
  });

  test('a conflict of a type the model does not know is left out', () => {
    expect(relationshipDisputes([{ relationshipType: 'NO_SUCH_TYPE', property: 'x', claims: [] }], RITA.id)).toEqual([]);
  });
});

describe('values and rules in words', () => {
  test('enum values as words, booleans as yes or no, a referenced node as its id, ordinals where the relationship reads them', () => {
    const entry = relationshipDeclaration(GRAPH_MODEL, 'ENTERED_RACE').properties;
    expect(claimValueWords('dnf', { term: 'status', declaration: entry.status, useReads: true })).toBe('dnf');
    expect(claimValueWords('co-driver', { term: 'crew role', declaration: entry.crewRole, useReads: true })).toBe('as co driver');
    expect(claimValueWords(true, { term: 'pole', declaration: entry.pole, useReads: true })).toBe('pole: yes');
    expect(claimValueWords('test-class-sidecar', { term: 'class', declaration: entry.class, useReads: true })).toBe('test-class-sidecar');
    expect(claimValueWords(12, { term: 'finish position', declaration: entry.finishPosition, useReads: true })).toBe('finished 12th');
    expect(claimValueWords(12, { term: 'finish position', declaration: entry.finishPosition })).toBe('12');
    expect(claimValueWords('1961-05', PERSON('born'))).toBe('1961-05');
  });

  test('every preference rule has words', () => {
    for (const rule of ['PINNED', 'AGREEMENT', 'SPECIFICITY', 'RECENCY', 'SOURCE_ORDER'] as const) {
      expect(ruleWords(rule)).toMatch(/^[a-z]/);
    }
  });
});

describe('the claims come with the facts', () => {
  const specs = neighbourhoodSpecs(GRAPH_MODEL);

  test('every node cited in seed files asks for all its claims, a page at a time with `after`; a source, which has none, does not', () => {
    for (const node of GRAPH_MODEL.nodes) {
      const claims = specs[node.label].claims;
      expect([node.label, claims !== null]).toEqual([node.label, node.inSeedFiles]);
      if (claims) {
        expect(claims).toContain(`claimsConnection(first: ${CLAIMS_PAGE}, after: $after)`);
        expect(claims).toContain('pageInfo { hasNextPage endCursor }');
      }
    }
  });

  test('the conflicts about the node come in a request beside it, with each claim\'s relationship and its ends; edges do not ask for every claim', () => {
    const conflicts = (label: string) => specs[label].roots.find((root) => root.includes(`conflicts(entityId: $id, first: ${CONFLICTS_SHOWN}) { totalCount`));
    for (const node of GRAPH_MODEL.nodes) {
      expect([node.label, conflicts(node.label) !== undefined]).toEqual([node.label, node.inSeedFiles]);
    }
    expect(conflicts('Person')).toMatch(new RegExp(`claims\\(first: ${CLAIMS_PER_CONFLICT}\\) \\{ .* relationship \\{ type key from \\{ .*\\} to \\{ .*\\} \\}`));
    expect(specs.Person.roots.join('\n')).toContain('lineage(personId: $id, maxDepth: 1)');
    const races = specs.Person.lists.find((list) => list.field === 'races');
    expect(races?.document).toContain('races(first:');
    expect(races?.document).not.toContain('claims');
  });

  test('each detail\'s term by its property, as the node view marks a disputed one', () => {
    expect(specs.Person.detailTerms).toMatchObject({ born: 'Born', birthName: 'Birth name' });
    expect(specs.Event.detailTerms.date).toBe('When');
    expect(specs.Person.detailTerms).not.toHaveProperty('name');
  });
});
