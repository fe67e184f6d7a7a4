/**
 * The explorer in a real browser (Debian's Chromium) against the API on the seed graph: the
 * researcher's journey, provenance on hover and click, linkable views and the back button, and a
 * page that loads nothing from anywhere else and reports no errors. Screenshots of each view go to
 * tests/artifacts/explorer/.
 */
import { Page } from 'playwright-core';
import { useTestApi } from '../support/api';
import { testNeo4j } from '../support/neo4j';
import { drawing, drawnNode, screenshot, describeWithBrowser, useBrowser, viewShown, withPage } from './browser';

const INTERVIEW_TITLE = 'Amber Balcaen: “I didn’t want to do anything else other than driving racing cars for a living”';

describeWithBrowser('the explorer in Chromium', () => {
  const api = useTestApi();
  const browser = useBrowser();
  const origin = () => new URL(api().url).origin;
  const explorer = (hash = '') => `${origin()}/explore/${hash}`;

  async function kinshipOf(page: Page, personId: string): Promise<string | null> {
    return page.getByTestId('relatives').locator(`tr[data-person="${personId}"] [data-testid="kinship"]`).textContent();
  }

  test('search, open Amber Balcaen, see her father and grandfather, go back, click through to a series, find the path to Danica Patrick', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(explorer());
      await viewShown(page, 'Explore the graph');

      const searchBox = page.getByLabel('Search people, teams, series and races');
      await searchBox.fill('Balcaen');
      await searchBox.press('Enter');
      await viewShown(page, 'Search: “Balcaen”');
      expect(page.url()).toBe(explorer('#/search/Balcaen'));
      const results = page.getByTestId('search-results');
      expect(await results.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Amber Balcaen', 'Mike Balcaen', 'Balcaen family']));
      await screenshot(page, '1-search');

      await results.getByRole('link', { name: 'Amber Balcaen', exact: true }).click();
      await viewShown(page, 'Amber Balcaen');
      expect(page.url()).toBe(explorer('#/node/amber-balcaen'));
      const neighbourhood = await drawing(page);
      expect(neighbourhood.nodes.find((node) => node.id === 'amber-balcaen')?.classes).toContain('centre');
      expect(neighbourhood.nodes.map((node) => node.id)).toEqual(
        expect.arrayContaining(['mike-balcaen', 'lou-kennedy-sr', 'danica-patrick', 'nascar-xfinity-series', 'rette-jones-racing', 'balcaen-family']),
      );
      // The timeline is a list beside the drawing.
      await page.getByTestId('timeline').getByRole('button', { name: 'NASCAR debut' }).waitFor();
      await screenshot(page, '2-neighbourhood');

      await page.getByRole('link', { name: 'Family tree' }).click();
      await viewShown(page, 'Family tree of Amber Balcaen');
      expect(page.url()).toBe(explorer('#/lineage/amber-balcaen'));
      expect(await kinshipOf(page, 'mike-balcaen')).toBe('father');
      expect(await kinshipOf(page, 'lou-kennedy-sr')).toBe('grandfather');
      expect(await page.getByTestId('relatives').getByRole('link', { name: 'unnamed uncle' }).count()).toBe(1);
      const tree = await drawing(page);
      const node = (id: string) => {
        const found = tree.nodes.find((candidate) => candidate.id === id);
        if (!found) throw new Error(`The family tree has no ${id}`);
        return found;
      };
      // Drawn by generation: older rows above (smaller y), the cousin on Amber's own row.
      expect(node('lou-kennedy-sr').position.y).toBeLessThan(node('mike-balcaen').position.y);
      expect(node('mike-balcaen').position.y).toBeLessThan(node('amber-balcaen').position.y);
      expect(node('amber-balcaen-uncle').position.y).toBe(node('mike-balcaen').position.y);
      expect(node('amber-balcaen-cousin').position.y).toBe(node('amber-balcaen').position.y);
      // Relatives who raced are highlighted; unnamed ones are shown as such, not as an invented name.
      expect(node('mike-balcaen').classes).toContain('raced');
      expect(node('lou-kennedy-sr').classes).toContain('raced');
      expect(node('amber-balcaen-uncle')).toMatchObject({ label: 'unnamed uncle', classes: expect.arrayContaining(['unnamed', 'raced']) });
      expect(node('amber-balcaen-cousin').label).toBe('unnamed cousin');
      // Kinship on the edges.
      const kinship = tree.edges.map((edge) => [edge.source, edge.target, edge.label]);
      expect(kinship).toEqual(
        expect.arrayContaining([
          ['amber-balcaen', 'mike-balcaen', 'father'],
          ['amber-balcaen', 'lou-kennedy-sr', 'grandfather'],
          ['amber-balcaen', 'amber-balcaen-uncle', 'uncle'],
        ]),
      );
      await screenshot(page, '3-lineage');

      await page.goBack();
      await viewShown(page, 'Amber Balcaen');
      expect(page.url()).toBe(explorer('#/node/amber-balcaen'));

      // A node of the drawing is tapped (Amber's neighbourhood now holds six sources' facts, and a
      // crowded drawing may lay another node over this one's centre): the explorer's own tap handler runs.
      await drawnNode(page, 'nascar-xfinity-series');
      await page.evaluate(() => (globalThis as unknown as { pitlaneGraph: { getElementById(id: string): { emit(event: string): void } } })
        .pitlaneGraph.getElementById('nascar-xfinity-series').emit('tap'));
      await viewShown(page, 'NASCAR Xfinity Series');
      expect(page.url()).toBe(explorer('#/node/nascar-xfinity-series'));
      expect(await page.getByTestId('node-kind').textContent()).toBe('Series');
      expect((await drawing(page)).nodes.map((drawn) => drawn.id)).toEqual(expect.arrayContaining(['nascar', 'nascar-xfinity-series-2012']));
      await screenshot(page, '4-series');

      await page.goBack();
      await viewShown(page, 'Amber Balcaen');
      await page.getByRole('link', { name: 'Connections' }).click();
      await viewShown(page, 'How is Amber Balcaen connected to …?');
      await page.getByLabel('Find the other end').fill('Danica');
      await page.getByRole('button', { name: 'Find' }).click();
      await page.getByTestId('path-picker').getByRole('link', { name: 'Danica Patrick', exact: true }).click();
      await viewShown(page, 'How is Amber Balcaen connected to Danica Patrick?');
      expect(page.url()).toBe(explorer('#/path/amber-balcaen/danica-patrick'));
      const steps = page.getByTestId('path-steps').locator(':scope > li');
      expect(await steps.count()).toBe(1);
      expect(await steps.first().locator('.statement').textContent()).toBe('Amber Balcaen — inspired by → Danica Patrick');
      expect(await steps.first().getByTestId('quote').textContent()).toContain('until I saw Danica Patrick racing there');
      const path = await drawing(page);
      expect(path.edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual([['amber-balcaen', 'danica-patrick', 'inspired by']]);
      await screenshot(page, '5-path');

      expect(record.errors).toEqual([]);
    });
  });

  test('every fact shows its quote and source: a line clicked, a node pointed at, a timeline entry clicked', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(explorer('#/node/amber-balcaen'));
      await viewShown(page, 'Amber Balcaen');
      const panel = page.getByTestId('provenance');
      const statement = panel.getByTestId('fact-statement');
      const quotes = () => panel.getByTestId('quote').allTextContents();

      // The node opened: its own evidence.
      // Her description is Chip Chick's (a cited source); the interview gives none.
      expect(await statement.textContent()).toBe('Amber Balcaen (Person): A third-generation racecar driver from Winnipeg, Manitoba, Canada.');
      expect(await quotes()).toEqual(expect.arrayContaining([expect.stringContaining('first Canadian female to win a NASCAR-sanctioned race')]));
      // Her evidence comes from several sources, the interview among them.
      expect(await panel.locator('cite').allTextContents()).toContain(INTERVIEW_TITLE);

      // A line whose evidence came with the relationship.
      const { edges } = await drawing(page);
      const inspiration = edges.find((edge) => edge.source === 'amber-balcaen' && edge.target === 'danica-patrick');
      if (!inspiration) throw new Error('No line from Amber Balcaen to Danica Patrick');
      const onInspiration = inspiration.along(0.75);
      await page.mouse.click(onInspiration.x, onInspiration.y);
      await panel.getByText('Amber Balcaen — inspired by → Danica Patrick', { exact: false }).waitFor();
      expect(await quotes()).toEqual([expect.stringContaining('until I saw Danica Patrick racing there')]);

      // A line whose evidence is asked of the API when clicked.
      const membership = edges.find((edge) => edge.source === 'amber-balcaen' && edge.target === 'balcaen-family');
      if (!membership) throw new Error('No line from Amber Balcaen to her family');
      const onMembership = membership.along(0.75);
      await page.mouse.click(onMembership.x, onMembership.y);
      await panel.getByText('Amber Balcaen — member of → Balcaen family').waitFor();
      await panel.getByTestId('quote').first().waitFor();
      expect(await quotes()).toEqual([expect.stringContaining('Speed runs in Amber’s blood')]);

      // Pointing at a node previews its evidence; moving off it goes back to the line clicked.
      const team = await drawnNode(page, 'rette-jones-racing');
      await page.mouse.move(team.onPage.x, team.onPage.y);
      await panel.getByText('Rette Jones Racing (Team)', { exact: false }).waitFor();
      expect((await quotes()).length).toBeGreaterThan(0);
      const box = await page.getByTestId('graph').boundingBox();
      if (!box) throw new Error('The drawing is not on screen');
      await page.mouse.move(box.x + 3, box.y + 3);
      await panel.getByText('Amber Balcaen — member of → Balcaen family').waitFor();

      // A timeline entry.
      await page.getByTestId('timeline').getByRole('button', { name: 'NASCAR debut' }).click();
      await panel.getByText('NASCAR debut', { exact: false }).waitFor();
      expect(await quotes()).toEqual(expect.arrayContaining([expect.stringContaining('In 2016, Amber had her debut in NASCAR')]));

      // A relationship of the list beside the drawing.
      await page.getByTestId('relationships').locator('li[data-relationship="DROVE_FOR"]', { hasText: 'Rette Jones Racing' }).getByRole('button', { name: 'Evidence' }).click();
      await panel.getByText('Amber Balcaen — drove for → Rette Jones Racing (2022)').waitFor();
      expect((await quotes()).length).toBeGreaterThan(0);

      expect(record.errors).toEqual([]);
    });
  });

  test('every kind of node in the graph has a neighbourhood view', async () => {
    const neo4j = await testNeo4j();
    let examples: { label: string; id: string; name: string }[];
    try {
      // One named node of each label, whatever the seed holds.
      examples = (await neo4j.db.read(
        `MATCH (n:Entity) WHERE coalesce(n.name, n.title) IS NOT NULL
         WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n ORDER BY n.id
         WITH label, collect(n)[0] AS example
         RETURN label, example.id AS id, coalesce(example.name, example.title) AS name ORDER BY label`,
      )) as { label: string; id: string; name: string }[];
    } finally {
      await neo4j.close();
    }
    expect(examples.map((example) => example.label)).toEqual(expect.arrayContaining(['Person', 'Team', 'Series', 'Season', 'Race', 'Source']));
    await withPage(browser(), async (page, record) => {
      for (const example of examples) {
        await page.goto(explorer(`#/node/${example.id}`));
        await viewShown(page, example.name);
        expect(await page.getByTestId('node-kind').textContent()).toBe(example.label);
        expect((await drawing(page)).nodes.find((node) => node.id === example.id)?.classes).toContain('centre');
      }
      expect(record.errors).toEqual([]);
    });
  });

  test('views are links: a URL opens its view, an unknown id says so', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(explorer('#/lineage/amber-balcaen'));
      await viewShown(page, 'Family tree of Amber Balcaen');
      expect(await kinshipOf(page, 'mike-balcaen')).toBe('father');

      await page.goto(explorer('#/node/nobody-by-this-id'));
      await viewShown(page, 'Not found');
      expect(await page.getByTestId('message').textContent()).toContain('nobody-by-this-id');

      await page.goto(explorer('#/lineage/arca-menards-series'));
      await viewShown(page, 'Not found');
      expect(await page.getByTestId('message').textContent()).toContain('No person');

      await page.goto(explorer('#/search/zzzzqqq'));
      await viewShown(page, 'Search: “zzzzqqq”');
      await page.getByTestId('no-results').waitFor();

      expect(record.errors).toEqual([]);
    });
  });

  test('everything the page loads comes from the API itself, its data only from /graphql, with no errors', async () => {
    await withPage(browser(), async (page, record) => {
      const views: [string, string][] = [
        ['', 'Explore the graph'],
        ['#/search/ARCA', 'Search: “ARCA”'],
        ['#/node/amber-balcaen', 'Amber Balcaen'],
        ['#/lineage/amber-balcaen', 'Family tree of Amber Balcaen'],
        ['#/path/amber-balcaen/danica-patrick', 'How is Amber Balcaen connected to Danica Patrick?'],
        ['#/node/arca-menards-series-2023-daytona-international-speedway', '2023 ARCA Menards Series season opener at Daytona International Speedway'],
        ['#/node/females-in-motorsport-amber-balcaen-2023', INTERVIEW_TITLE],
      ];
      for (const [hash, title] of views) {
        await page.goto(explorer(hash));
        await viewShown(page, title);
      }
      await page.getByTestId('graph').waitFor();

      expect(record.requests.length).toBeGreaterThan(views.length);
      expect(record.requests.filter((request) => new URL(request.url).origin !== origin())).toEqual([]);
      const own = record.requests.filter(
        (request) => request.url.startsWith(`${origin()}/explore/`) || (request.method === 'POST' && request.url === `${origin()}/graphql`),
      );
      expect(own).toEqual(record.requests);
      expect(record.requests.map((request) => request.url)).toContain(`${origin()}/explore/assets/cytoscape.min.js`);
      expect(record.errors).toEqual([]);
    });
  });
});
