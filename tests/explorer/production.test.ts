/**
 * The explorer in production mode, where introspection, the landing page and field suggestions
 * are off: the page depends on none of them.
 */
import { useTestApi } from '../support/api';
import { describeWithBrowser, useBrowser, viewShown, withPage } from './browser';

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
  });
});
