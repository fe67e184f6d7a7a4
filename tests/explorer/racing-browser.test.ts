/**
 * The explorer in Chromium on the invented racing fixtures (tests/fixtures/racing/): a person's
 * neighbourhood lists the roles she held in words, with their years, and the legend names the new
 * kinds drawn (an award).
 */
import { ADMIN_TX_TIMEOUT_MS } from '../../src/db/database';
import { startTestApi, testHttpConfig, TestApi } from '../support/api';
import { useRacingGraph } from '../support/racing-graph';
import { describeWithBrowser, useBrowser, viewShown, withPage } from './browser';

describeWithBrowser('the racing model in the explorer', () => {
  const database = useRacingGraph();
  const browser = useBrowser();
  let api: TestApi | undefined;
  // What is tested is what the page says, not how fast: the first planning of a person's
  // neighbourhood query on a busy test machine can outlast the server's default transaction timeout.
  beforeAll(async () => {
    api = await startTestApi(database().withTransactionTimeout(ADMIN_TX_TIMEOUT_MS), { http: testHttpConfig() });
  });
  afterAll(() => api?.stop());

  test("Maria Boss's page: the roles she held, in words with their years; an award in the legend", async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/test-maria-boss`);
      await viewShown(page, 'Maria Boss');
      const roles = await page.getByTestId('relationships').locator('li[data-relationship="HELD_ROLE"]').allTextContents();
      expect(roles.map((text) => text.replace(/\s+Evidence$/, '').replace(/\s+/g, ' ').trim()).sort()).toEqual([
        'held a role at → Team Sparrow Team · as owner, from 2003, until 2012',
        'held a role at → Young Drivers Programme Organization · as director, "programme director", from 2013',
      ]);
      expect(await page.getByTestId('legend').locator('li[data-kind="Award"]').textContent()).toBe('Award');
      expect(record.errors).toEqual([]);
    });
  });
});
