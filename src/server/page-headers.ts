/**
 * The headers every page the API serves itself (the explorer, the GraphQL IDE) sends with each
 * response: its Content-Security-Policy, no MIME sniffing, and no referrer.
 */
import { RequestHandler } from 'express';

export function pageSecurityHeaders(contentSecurityPolicy: string): RequestHandler {
  return (_request, response, next) => {
    response.setHeader('Content-Security-Policy', contentSecurityPolicy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };
}
