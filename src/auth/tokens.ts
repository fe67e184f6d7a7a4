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

export class TokenError extends Error {
  override name = 'TokenError';
}

export function signToken(user: User, secret: string, expiresIn: jwt.SignOptions['expiresIn'] = '8h'): string {
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
  if (typeof claims === 'string' || !claims.sub || typeof claims.role !== 'string') {
    throw new TokenError('invalid token: it needs a subject (sub) and a role claim');
  }
  return { id: claims.sub, role: claims.role };
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
export function authFromHeader(header: string | undefined, secret: string | undefined): { user: User | null; error?: string } {
  try {
    return { user: userFromAuthorization(header, secret) };
  } catch (error) {
    if (error instanceof TokenError) return { user: null, error: error.message };
    throw error;
  }
}
