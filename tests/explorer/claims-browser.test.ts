/**
 * Disputed facts in the explorer, in Chromium, on the invented claims fixtures
 * (tests/fixtures/claims-explorer/, see its README.md): three sources disagree on Vera Dispute's
 * birth year (two say 1961, one of them cited; one says 1962) and two on her finish in a race. Her
 * page marks the born fact "disputed" and shows every source's claim side by side, with its quote
 * (or a cited source's locator and excerpt) and which one the graph prefers, and why; the race
 * entry is marked too, and its evidence shows its claims.
 */
import { Locator } from 'playwright-core';
import { ADMIN_TX_TIMEOUT_MS } from '../../src/db/database';
import { startTestApi, testHttpConfig, TestApi } from '../support/api';
import { useClaimsExplorerGraph } from '../support/claims-explorer-graph';
import { describeWithBrowser, screenshot, useBrowser, viewShown, withPage } from './browser';

/** The claims of one dispute as the page shows them, in its order. */
async function claimsShown(dispute: Locator) {
  const claims = dispute.getByTestId('claim');
  const shown = [];
  for (let index = 0; index < (await claims.count()); index += 1) {
    const claim = claims.nth(index);
    shown.push({
      value: await claim.getByTestId('claim-value').textContent(),
      source: await claim.getByTestId('claim-source').textContent(),
      storage: await claim.getByTestId('claim-storage').textContent(),
      quotes: await claim.getByTestId('claim-quote').allTextContents(),
      locator: await claim.getByTestId('claim-locator').allTextContents(),
      excerpt: await claim.getByTestId('claim-excerpt').allTextContents(),
      preferred: await claim.getAttribute('data-preferred'),
      status: (await claim.getByTestId('claim-status').textContent())?.replace(/\s+/g, ' ').trim(),
    });
  }
  return shown;
}

describeWithBrowser('disputed facts in the explorer', () => {
  const database = useClaimsExplorerGraph();
  const browser = useBrowser();
  let api: TestApi | undefined;
  // What is tested is what the page says, not how fast (see racing-browser.test.ts).
  beforeAll(async () => {
    api = await startTestApi(database().withTransactionTimeout(ADMIN_TX_TIMEOUT_MS), { http: testHttpConfig() });
  });
  afterAll(() => api?.stop());

  test("Vera Dispute's page: her birth year marked disputed, the three sources' claims side by side, the preferred ones marked", async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/test-vera-dispute`);
      await viewShown(page, 'Vera Dispute');

      // The fact shows the preferred value, and a visible mark with an accessible name.
      const born = page.locator('.details dd[data-term="Born"]');
      expect((await born.textContent())?.replace(/\s+/g, ' ').trim()).toBe('1961 disputed');
      const mark = page.getByRole('button', { name: 'Born: disputed, 3 sources disagree. Show their claims.' });
      await expect(mark.isVisible()).resolves.toBe(true);
      expect(await mark.textContent()).toBe('disputed');

      // The claims, side by side: the two preferred first, then the other.
      const dispute = page.getByTestId('disputes').locator('[data-testid="dispute"][data-property="born"]');
      expect(await page.getByTestId('disputes').getByTestId('dispute').count()).toBe(1);
      expect(await claimsShown(dispute)).toEqual([
        {
          value: '1961', source: 'Test fixture: a web page about hill climbers', storage: 'cited, text not stored',
          quotes: [], locator: ['At: Section Early life, paragraph 1'], excerpt: ['Vera Dispute (born 1961) is a hill climb driver.'],
          preferred: 'true', status: 'Preferred: most sources agree with it',
        },
        {
          value: '1961', source: 'Test fixture: the hill climb almanac', storage: 'text stored',
          quotes: ['Vera Dispute was born in 1961'], locator: [], excerpt: [],
          preferred: 'true', status: 'Preferred: most sources agree with it',
        },
        {
          value: '1962', source: 'Test fixture: the racing yearbook', storage: 'text stored',
          quotes: ['Born in 1962, Vera Dispute raced on hills and sprint courses.'], locator: [], excerpt: [],
          preferred: 'false', status: 'Not preferred',
        },
      ]);
      // Side by side: the claims share a row.
      const tops = await dispute.getByTestId('claim').evaluateAll((claims) => claims.map((claim) => Math.round(claim.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);

      // The mark leads to the claims.
      await mark.click();
      expect((await page.locator(':focus').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Born disputed');
      await screenshot(page, 'disputed-born');
      expect(record.errors).toEqual([]);
    });
  });

  test('the race entry her sources disagree on is marked, and its evidence shows both finishes', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/test-vera-dispute`);
      await viewShown(page, 'Vera Dispute');
      const entry = page.getByTestId('relationships').locator('li[data-relationship="ENTERED_RACE"]');
      expect((await entry.textContent())?.replace(/\s+/g, ' ').trim()).toBe('raced in → Hill Climb 2001 Race · finished 5th disputed Evidence');
      await entry.getByRole('button', { name: 'finish position: disputed, 2 sources disagree. Show their claims.' }).click();

      const panel = page.getByTestId('provenance');
      const dispute = panel.locator('[data-testid="dispute"][data-property="finishPosition"]');
      await dispute.waitFor();
      expect(await claimsShown(dispute)).toEqual([
        {
          value: 'finished 5th', source: 'Test fixture: the racing yearbook', storage: 'text stored',
          quotes: ['The Hill Climb 2001 was run on a wet road; Vera Dispute came home fifth.'], locator: [], excerpt: [],
          preferred: 'true', status: 'Preferred: its source is the most recent',
        },
        {
          value: 'finished 4th', source: 'Test fixture: the hill climb almanac', storage: 'text stored',
          quotes: ['At the Hill Climb 2001 she finished fourth, her best result that year.'], locator: [], excerpt: [],
          preferred: 'false', status: 'Not preferred',
        },
      ]);
      // The relationship's own evidence is still there, below its dispute.
      expect(await panel.getByTestId('quote').count()).toBe(2);
      await screenshot(page, 'disputed-race-entry');
      expect(record.errors).toEqual([]);
    });
  });
});
