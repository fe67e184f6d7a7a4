/**
 * `npm run token` (src/cli/token.ts) run as users run it: a subject the API would refuse, such as
 * the empty one `--subject "$USER"` gives when USER is unset, is refused with one clear line and a
 * non-zero exit, and no token is printed.
 */
import { verifyToken } from '../../src/auth/tokens';
import { distScript, startNode } from '../support/processes';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const env = { ...process.env, JWT_SECRET: SECRET };

test.each([
  ['an empty subject ($USER unset)', '', /^Error: --subject: the subject is empty; the API refuses such tokens, so none was minted\./],
  ['a blank subject', '   ', /^Error: --subject: the subject is empty;/],
  ['a subject with a trailing space', 'alice ', /^Error: --subject: the subject "alice " starts or ends with spaces;/],
])('%s: refused with one line, exit 1, no token', async (_name, subject, message) => {
  const cli = startNode(distScript('cli/token.js'), ['--role', 'editor', '--subject', subject], env);
  expect(await cli.exited).toBe(1);
  const lines = cli.output().trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(cli.output()).not.toMatch(/eyJ/);
}, 30_000);

test('a good subject gives a token the API accepts, carrying that subject', async () => {
  const cli = startNode(distScript('cli/token.js'), ['--role', 'reader', '--subject', 'ci-runner'], env);
  expect(await cli.exited).toBe(0);
  expect(verifyToken(cli.output().trim(), SECRET)).toEqual({ id: 'ci-runner', role: 'reader' });
}, 30_000);
