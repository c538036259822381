import type { NextFunction, Request, Response } from 'express';

/**
 * What the browser may load and run on Foyer's pages. Everything comes from Foyer itself, except
 * images: articles, updates and courses may show pictures from the vendor's other sites (the
 * Markdown renderer already allows http and https images only). Styles may be inline because
 * React components and GraphiQL set some; scripts may not, so injected markup that slipped past
 * the Markdown allowlist still could not run. No page may be framed by another site, so the
 * administrators' buttons cannot be overlaid by someone else's page (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: http: data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers for every response. Routes with stricter needs set their own Content-Security-Policy
 * afterwards, which replaces this one (stored files, the mail catcher's page).
 * - nosniff: a file is never run as a script or a page because its bytes look like one;
 * - Referrer-Policy same-origin: following a link to another site does not tell it which
 *   article, organization or professional the reader was looking at;
 * - X-Frame-Options for browsers that predate frame-ancestors.
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}
