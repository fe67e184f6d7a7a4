/**
 * One rule for a token's subject (src/auth/tokens.ts): a subject the API would refuse cannot be
 * minted, and every subject that can be minted is accepted.
 */
import jwt from 'jsonwebtoken';
import { MAX_SUBJECT_LENGTH, signToken, subjectProblem, TOKEN_AUDIENCE, TOKEN_ISSUER, TokenError, verifyToken } from '../../src/auth/tokens';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

/** A token signed like signToken's but without its check: what a careless minter would produce. */
const handMade = (sub: string) => jwt.sign({ role: 'editor' }, SECRET, { subject: sub, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: '1h' });

const accepted = (sub: string) => {
  try {
    verifyToken(handMade(sub), SECRET);
    return true;
  } catch (error) {
    if (error instanceof TokenError) return false;
    throw error;
  }
};
const mintable = (sub: string) => {
  try {
    signToken({ id: sub, role: 'editor' }, SECRET);
    return true;
  } catch (error) {
    if (error instanceof TokenError) return false;
    throw error;
  }
};

const REFUSED = ['', ' ', '\t', ' alice', 'alice ', 'al\nice', 'x'.repeat(MAX_SUBJECT_LENGTH + 1)];
const FINE = ['alice', 'cli-user', 'Jane Roe', 'ci@example.org', 'x'.repeat(MAX_SUBJECT_LENGTH)];

test.each(REFUSED.map((s) => [JSON.stringify(s.length > 20 ? `${s.slice(0, 5)}…(${s.length})` : s), s]))(
  'the subject %s is neither minted nor accepted',
  (_label, subject) => {
    expect(subjectProblem(subject)).toEqual(expect.any(String));
    expect(() => signToken({ id: subject, role: 'editor' }, SECRET)).toThrow(/cannot mint a token: the subject/);
    expect(() => verifyToken(handMade(subject), SECRET)).toThrow(/invalid token: the subject/);
  },
);

test.each(FINE.map((s) => [s.length > 20 ? `${s.slice(0, 5)}…(${s.length})` : s, s]))('the subject %s is minted and accepted', (_label, subject) => {
  expect(subjectProblem(subject)).toBeUndefined();
  expect(verifyToken(signToken({ id: subject, role: 'editor' }, SECRET), SECRET)).toEqual({ id: subject, role: 'editor' });
});

test('minting and accepting agree on every subject tried', () => {
  for (const subject of [...REFUSED, ...FINE, 'ünïcødé', '\u00a0', 'a b', '0']) {
    expect([subject, mintable(subject)]).toEqual([subject, accepted(subject)]);
  }
});

test('a token without a subject is refused', () => {
  const noSub = jwt.sign({ role: 'editor' }, SECRET, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: '1h' });
  expect(() => verifyToken(noSub, SECRET)).toThrow(/invalid token: the subject is empty/);
});
