/**
 * Disputed facts in the explorer, in Chromium, on the invented claims fixtures
 * (tests/fixtures/claims/, see its README.md): three sources, one stored and two cited, disagree on
 * Rita Fast's birth (1987, 1988-04-02, 1987-09) and on her finish in the Valley 200 of 2019 (3rd, 4th,
 * 5th), and on where she was born (North Town, South Town). Her page marks the born fact "disputed"
 * and shows every source's claim side by side, with its quote (or a cited source's locator and
 * excerpt) and which one the graph prefers, and why; the race entry and the birth place are marked
 * too, and their evidence shows their claims.
 */
import { Locator } from 'playwright-core';
import { ADMIN_TX_TIMEOUT_MS } from '../../src/db/database';
import { startTestApi, testHttpConfig, TestApi } from '../support/api';
import { RITA, useClaimsGraph } from '../support/claims-fixtures';
import { describeWithBrowser, screenshot, useBrowser, viewShown, withPage } from './browser';

// Emptying the seed graph and loading the three fixtures one after another (useClaimsGraph) can
// outlast jest's default minute for a hook on a busy machine.
jest.setTimeout(180_000);

const ALMANAC = 'Test fixture: the Example Racing Almanac';
const ENCYCLOPEDIA = 'Test fixture: Rita Fast in the Example Encyclopedia';
const GAZETTE = 'Test fixture: Valley 200 report in the Example Gazette';

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

const oneLine = (text: string | null): string | undefined => text?.replace(/\s+/g, ' ').trim();

describeWithBrowser('disputed facts in the explorer', () => {
  const database = useClaimsGraph();
  const browser = useBrowser();
  let api: TestApi | undefined;
  // What is tested is what the page says, not how fast (see racing-browser.test.ts).
  beforeAll(async () => {
    api = await startTestApi(database().withTransactionTimeout(ADMIN_TX_TIMEOUT_MS), { http: testHttpConfig() });
  });
  afterAll(() => api?.stop());

  test("Rita Fast's page: her birth marked disputed, the three sources' claims side by side, the preferred one marked", async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/${RITA}`);
      await viewShown(page, 'Rita Fast');

      // The fact shows the preferred value, and a visible mark with an accessible name.
      expect(oneLine(await page.locator('.details dd[data-term="Born"]').textContent())).toBe('1987-09 disputed');
      const mark = page.getByRole('button', { name: 'Born: disputed, the sources give 3 different values. Show their claims.' });
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.textContent()).toBe('disputed');

      // The claims, side by side: the preferred first, then by source.
      const disputes = page.getByTestId('disputes');
      expect(await disputes.getByTestId('dispute').count()).toBe(1);
      const dispute = disputes.locator('[data-testid="dispute"][data-property="born"]');
      expect(oneLine(await dispute.locator('.dispute-summary').textContent())).toBe('3 sources give 3 different values. The graph shows the preferred value: most sources agree with it.');
      expect(await claimsShown(dispute)).toEqual([
        {
          value: '1987-09', source: GAZETTE, storage: 'cited, text not stored',
          quotes: [], locator: ['At: Paragraph 3'], excerpt: ['Rita Fast, the Freedonian born in September 1987, came home fifth.'],
          preferred: 'true', status: 'Preferred: most sources agree with it',
        },
        {
          value: '1988-04-02', source: ENCYCLOPEDIA, storage: 'cited, text not stored',
          quotes: [], locator: ['At: Lead section, paragraph 1'], excerpt: ['Rita Fast (born 2 April 1988 in South Town) is a Freedonian racing driver.'],
          preferred: 'false', status: 'Not preferred',
        },
        {
          value: '1987', source: ALMANAC, storage: 'text stored',
          quotes: ['Rita Fast is a Freedonian racing driver, born in 1987 in North Town.'], locator: [], excerpt: [],
          preferred: 'false', status: 'Not preferred',
        },
      ]);
      // Side by side: the claims share a row.
      const tops = await dispute.getByTestId('claim').evaluateAll((claims) => claims.map((claim) => Math.round(claim.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);

      // The mark leads to the claims.
      await mark.click();
      expect(oneLine(await page.locator(':focus').textContent())).toBe('Born disputed');
      await screenshot(page, 'disputed-born');
      expect(record.errors).toEqual([]);
    });
  });

  test('the race entry her sources disagree on is marked, and its evidence shows the three finishes', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/${RITA}`);
      await viewShown(page, 'Rita Fast');
      const entry = page.getByTestId('relationships').locator('li[data-relationship="ENTERED_RACE"]');
      expect(oneLine(await entry.textContent())).toBe('raced in → Valley 200 2019 Race · started 2nd, finished 4th disputed Evidence');
      await entry.getByRole('button', { name: 'finish position: disputed, the sources give 3 different values. Show their claims.' }).click();

      const panel = page.getByTestId('provenance');
      const dispute = panel.locator('[data-testid="dispute"][data-property="finishPosition"]');
      await dispute.waitFor();
      expect(await claimsShown(dispute)).toEqual([
        {
          value: 'finished 4th', source: ENCYCLOPEDIA, storage: 'cited, text not stored',
          quotes: [], locator: ['At: Section Career, paragraph 2'], excerpt: ['She finished fourth in the 2019 Valley 200.'],
          preferred: 'true', status: 'Preferred: its source comes first by id (no other rule decides)',
        },
        {
          value: 'finished 3rd', source: ALMANAC, storage: 'text stored',
          quotes: ['In the Valley 200 of 2019 she started second and finished third.'], locator: [], excerpt: [],
          preferred: 'false', status: 'Not preferred',
        },
        {
          value: 'finished 5th', source: GAZETTE, storage: 'cited, text not stored',
          quotes: [], locator: ['At: Paragraph 3'], excerpt: ['Rita Fast, the Freedonian born in September 1987, came home fifth.'],
          preferred: 'false', status: 'Not preferred',
        },
      ]);
      // Only the disputed property: the start, which one source gives, is not.
      expect(await panel.getByTestId('dispute').count()).toBe(1);
      // The relationship's own evidence is still there, below its dispute: each source's words that it exists.
      expect(await panel.getByTestId('quote').count()).toBe(3);
      await screenshot(page, 'disputed-race-entry');
      expect(record.errors).toEqual([]);
    });
  });

  test('the birth place her sources give differently is marked, and its evidence shows each place with its source', async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api!.url).origin}/explore/#/node/${RITA}`);
      await viewShown(page, 'Rita Fast');
      const bornIn = page.getByTestId('relationships').locator('li[data-relationship="BORN_IN"]');
      // Whichever place the API's birthPlace gives, its link is marked.
      expect(oneLine(await bornIn.textContent())).toMatch(/^born in → (North|South) Town Place disputed Evidence$/);
      await bornIn.getByRole('button', { name: 'born in: disputed, the sources give 2 different values. Show their claims.' }).click();

      const dispute = page.getByTestId('provenance').locator('[data-testid="dispute"]');
      await dispute.waitFor();
      expect(await dispute.getAttribute('data-property')).toBeNull();
      expect(await claimsShown(dispute)).toEqual([
        {
          value: 'South Town', source: ENCYCLOPEDIA, storage: 'cited, text not stored',
          quotes: [], locator: ['At: Lead section, paragraph 1'], excerpt: ['Rita Fast (born 2 April 1988 in South Town) is a Freedonian racing driver.'],
          preferred: 'true', status: 'Preferred: its source is the most recent',
        },
        {
          value: 'North Town', source: ALMANAC, storage: 'text stored',
          quotes: ['Rita Fast is a Freedonian racing driver, born in 1987 in North Town.'], locator: [], excerpt: [],
          preferred: 'false', status: 'Not preferred',
        },
      ]);
      expect(record.errors).toEqual([]);
    });
  });
});
