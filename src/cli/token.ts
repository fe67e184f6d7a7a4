/**
 * `npm run token -- --role editor [--subject alice] [--expires 8h]`: mints a bearer token signed
 * with JWT_SECRET, for local use and tests. Prints only the token, so it can be captured:
 *   TOKEN=$(npm run -s token -- --role editor)
 */
import { Command, Option } from 'commander';
import os from 'node:os';
import { loadConfig } from '../config/config';
import { ROLES, signToken } from '../auth/tokens';
import { runCli, UsageError } from './run-cli';

runCli(async () => {
  const program = new Command('token')
    .description('Mint a bearer token (HS256, signed with JWT_SECRET) for the GraphQL API.')
    .addOption(new Option('--role <role>', 'role claim').choices([...ROLES]).makeOptionMandatory())
    .option('--subject <name>', 'who the token is for (the audit log records it)', os.userInfo().username)
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
    .parse();
  const options = program.opts<{ role: string; subject: string; expires: string }>();
  const { jwtSecret } = loadConfig();
  if (!jwtSecret) throw new UsageError('JWT_SECRET is not set: set it (32+ characters) here and for the API, then mint a token.');
  if (!/^\d+[smhd]$/.test(options.expires)) throw new UsageError(`--expires takes a duration such as 30m, 8h or 7d, got "${options.expires}"`);
  process.stdout.write(`${signToken({ id: options.subject, role: options.role }, jwtSecret, options.expires as `${number}h`)}\n`);
});
