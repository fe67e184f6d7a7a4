/** Driving the GraphQL IDE page (GraphiQL) in the browser tests: type a query, run it, read the answer. */
import path from 'node:path';
import { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/config';

export const IDE_SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'tests', 'artifacts', 'ide');

/** The page's document, as far as these helpers read it (the tests compile without the DOM library). */
type PageDocument = { querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null };

/** Waits until GraphiQL is on screen and the page has decided about the schema. */
export async function ideShown(page: Page): Promise<void> {
  await page.locator('.graphiql-container').waitFor();
  await page.locator('body[data-schema]').waitFor({ state: 'attached' });
}

/** Replaces the query editor's text, as typed (pasted) by a person, and runs it with the ▶ button. */
export async function runQuery(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await page.getByRole('button', { name: /^Execute query/ }).click();
}

/** The answer in the result pane, parsed, once there is one. */
export async function answer(page: Page): Promise<unknown> {
  const handle = await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: PageDocument };
    const host = document.querySelector('.graphiql-response .CodeMirror');
    const text = host?.CodeMirror?.getValue() ?? '';
    return text.trim().startsWith('{') ? text : null;
  });
  return JSON.parse((await handle.jsonValue()) as string);
}
