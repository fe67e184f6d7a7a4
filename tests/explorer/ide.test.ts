/**
 * The GraphQL IDE in a real browser (Chromium) against the API on the seed graph: a browser
 * opening /graphql lands on it, a query runs and shows its answer, and the page loads everything
 * from the API's own origin, with no errors (none from its Content-Security-Policy either, with a
 * dialog open). A screenshot goes to tests/artifacts/ide/.
 */
import { useTestApi } from '../support/api';
import { describeWithBrowser, screenshot, useBrowser, withPage } from './browser';
import { answer, IDE_SCREENSHOT_DIR, ideShown, runQuery } from './ide-page';

describeWithBrowser('the GraphQL IDE in Chromium', () => {
  const api = useTestApi();
  const browser = useBrowser();
  const origin = () => new URL(api().url).origin;

  test('opening /graphql shows the IDE, which runs a query and shows the answer, all from this origin, offline', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${origin()}/graphql`);
      expect(page.url()).toBe(`${origin()}/graphiql/`);
      await ideShown(page);
      expect(await page.locator('body').getAttribute('data-schema')).toBe('loaded');
      expect(await page.getByTestId('introspection-off').count()).toBe(0);

      await runQuery(page, '{ person(id: "amber-balcaen") { id } }');
      expect(await answer(page)).toEqual({ data: { person: { id: 'amber-balcaen' } }, extensions: expect.anything() });

      // The settings dialog: GraphiQL inserts its one inline style then (allowed by its hash).
      await page.getByRole('button', { name: /settings/i }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await screenshot(page, 'graphiql', IDE_SCREENSHOT_DIR);
      expect(record.requests.filter((request) => new URL(request.url).origin !== origin())).toEqual([]);
      const queries = record.requests.filter((request) => request.method === 'POST');
      expect(queries.map((request) => request.url)).toEqual([`${origin()}/graphql`, `${origin()}/graphql`]);
      expect(record.errors).toEqual([]);
    });
  });
});
