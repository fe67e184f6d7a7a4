/**
 * Bearer tokens for writes: JWTs signed with HS256 and the configured secret (jsonwebtoken), with
 * the user in `sub` and a `role` claim. Reads need no token; the `editor` role may write.
 */
import jwt from 'jsonwebtoken';

export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_ISSUER = 'pitlane-graph';
export const TOKEN_AUDIENCE = 'pitlane-graph-api';

export interface User {
  id: string;
  role: string;
}

/** What a request knows of its caller (the request context's `auth`, see authFromHeader). */
export interface RequestAuth {
  /** The user of a valid bearer token; null for anonymous requests (reads are public). */
  user: User | null;
  /** Why the token that came with the request was refused; writes then fail with UNAUTHENTICATED. */
  error?: string;
}

export class TokenError extends Error {
  override name = 'TokenError';
}

/** The longest subject a token may carry (the audit log and request logs record it). */
export const MAX_SUBJECT_LENGTH = 200;

/**
 * The one rule for a token's subject (`sub`), used both to mint and to accept tokens: some
 * visible text, no leading or trailing spaces, no control characters, at most 200 characters.
 * Returns what is wrong, or undefined when the subject is fine.
 */
export function subjectProblem(subject: unknown): string | undefined {
  if (typeof subject !== 'string' || subject.trim() === '') return 'the subject is empty';
  if (subject !== subject.trim()) return `the subject "${subject}" starts or ends with spaces`;
  if (/[\u0000-\u001f\u007f]/.test(subject)) return 'the subject contains control characters';
  if (subject.length > MAX_SUBJECT_LENGTH) return `the subject is longer than ${MAX_SUBJECT_LENGTH} characters`;
  return undefined;
}

/** Throws TokenError for a user the API would not accept (see subjectProblem), so none is minted. */
export function signToken(user: User, secret: string, expiresIn: jwt.SignOptions['expiresIn'] = '8h'): string {
  const problem = subjectProblem(user.id);
  if (problem) throw new TokenError(`cannot mint a token: ${problem}`);
  return jwt.sign({ role: user.role }, secret, {
    algorithm: 'HS256',
    subject: user.id,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    expiresIn,
  });
}

export function verifyToken(token: string, secret: string): User {
  let claims: jwt.JwtPayload | string;
  try {
    claims = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
  } catch (error) {
    throw new TokenError(`invalid token: ${(error as Error).message}`);
  }
  if (typeof claims === 'string' || typeof claims.role !== 'string') {
    throw new TokenError('invalid token: it needs a subject (sub) and a role claim');
  }
  const subject = claims.sub;
  const problem = subjectProblem(subject);
  if (problem !== undefined || subject === undefined) throw new TokenError(`invalid token: ${problem ?? 'the subject is empty'}`);
  return { id: subject, role: claims.role };
}

/** The user of a request from its Authorization header; null without one. Throws TokenError for a bad one. */
export function userFromAuthorization(header: string | undefined, secret: string | undefined): User | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new TokenError('the Authorization header must be "Bearer <token>"');
  if (!secret) throw new TokenError('writes are disabled on this server: JWT_SECRET is not configured');
  return verifyToken(match[1], secret);
}

/** The auth part of a request context: a bad token is remembered, so only writes fail on it. */
export function authFromHeader(header: string | undefined, secret: string | undefined): RequestAuth {
  try {
    return { user: userFromAuthorization(header, secret) };
  } catch (error) {
    if (error instanceof TokenError) return { user: null, error: error.message };
    throw error;
  }
}
