/**
 * The explorer in production mode, where introspection and field suggestions are off: the page
 * depends on neither. The GraphQL IDE there says that introspection is off, and still runs queries.
 */
import { useTestApi } from '../support/api';
import { describeWithBrowser, screenshot, useBrowser, viewShown, withPage } from './browser';
import { answer, IDE_SCREENSHOT_DIR, ideShown, runQuery } from './ide-page';

describeWithBrowser('the explorer with NODE_ENV=production', () => {
  const api = useTestApi({ env: { NODE_ENV: 'production' } });
  const browser = useBrowser();
  const explorer = (hash = '') => `${new URL(api().url).origin}/explore/${hash}`;

  test('the API refuses introspection here', async () => {
    const response = await api().query('{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('search, a neighbourhood, a family tree and a path all work', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(explorer());
      await viewShown(page, 'Explore the graph');
      const searchBox = page.getByLabel('Search people, teams, series and races');
      await searchBox.fill('Amber');
      await searchBox.press('Enter');
      await viewShown(page, 'Search: “Amber”');
      await page.getByTestId('search-results').getByRole('link', { name: 'Amber Balcaen', exact: true }).click();
      await viewShown(page, 'Amber Balcaen');
      await page.getByTestId('timeline').getByRole('button', { name: 'NASCAR debut' }).waitFor();
      expect(await page.getByTestId('relationships').getByRole('link', { name: 'Danica Patrick' }).count()).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Family tree' }).click();
      await viewShown(page, 'Family tree of Amber Balcaen');
      expect(await page.getByTestId('relatives').locator('tr[data-person="lou-kennedy-sr"] [data-testid="kinship"]').textContent()).toBe('grandfather');

      await page.goto(explorer('#/path/amber-balcaen/danica-patrick'));
      await viewShown(page, 'How is Amber Balcaen connected to Danica Patrick?');
      expect(await page.getByTestId('path-steps').getByTestId('quote').first().textContent()).toContain('Danica Patrick');

      expect(record.errors).toEqual([]);
    });
  }, 180_000); // a whole journey through four views, on a machine that may be busy

  test('the GraphQL IDE says plainly that introspection is off, and still runs queries', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api().url).origin}/graphql`);
      await ideShown(page);
      expect(await page.locator('body').getAttribute('data-schema')).toBe('none');
      const notice = await page.getByTestId('introspection-off').textContent();
      expect(notice).toContain('introspection turned off');
      expect(notice).toContain('ALLOW_INTROSPECTION=true');

      await runQuery(page, '{ person(id: "amber-balcaen") { id } }');
      expect(await answer(page)).toEqual({ data: { person: { id: 'amber-balcaen' } }, extensions: expect.anything() });
      await screenshot(page, 'graphiql-production', IDE_SCREENSHOT_DIR);
      // It never asked for the schema it knew it would not get.
      expect(record.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      expect(record.errors).toEqual([]);
    });
  });
});
