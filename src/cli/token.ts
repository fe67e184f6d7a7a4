/**
 * `npm run token -- --role editor [--subject alice] [--expires 8h]`: mints a bearer token signed
 * with JWT_SECRET, for local use and tests. Prints only the token, so it can be captured:
 *   TOKEN=$(npm run -s token -- --role editor)
 * A subject the API would refuse (empty, as with `--subject "$USER"` when USER is unset) is refused
 * here first, by the same rule (subjectProblem in src/auth/tokens.ts): no token is printed.
 */
import { Command, Option } from 'commander';
import os from 'node:os';
import { loadConfig } from '../config/config';
import { ROLES, signToken, subjectProblem } from '../auth/tokens';
import { runCli, UsageError } from './run-cli';

/** The login name, when the system knows one (containers often run as a user with no passwd entry). */
function loginName(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

runCli(async () => {
  const program = new Command('token')
    .description('Mint a bearer token (HS256, signed with JWT_SECRET) for the GraphQL API.')
    .addOption(new Option('--role <role>', 'role claim').choices([...ROLES]).makeOptionMandatory())
    .option('--subject <name>', 'who the token is for (the audit log records it); default: your login name')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
    .parse();
  const options = program.opts<{ role: string; subject?: string; expires: string }>();
  const subject = options.subject ?? loginName();
  if (subject === undefined) throw new UsageError('--subject is needed: this system has no login name to use (say who the token is for).');
  const problem = subjectProblem(subject);
  if (problem) throw new UsageError(`--subject: ${problem}; the API refuses such tokens, so none was minted. Say who the token is for, e.g. --subject alice.`);
  const { jwtSecret } = loadConfig();
  if (!jwtSecret) throw new UsageError('JWT_SECRET is not set: set it (32+ characters) here and for the API, then mint a token.');
  if (!/^\d+[smhd]$/.test(options.expires)) throw new UsageError(`--expires takes a duration such as 30m, 8h or 7d, got "${options.expires}"`);
  process.stdout.write(`${signToken({ id: subject, role: options.role }, jwtSecret, options.expires as `${number}h`)}\n`);
});
