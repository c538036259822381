import type { ElementType, HTMLAttributes } from 'react';

/**
 * HTML the server has already made safe: search highlights (`titleHtml`, `snippetHtml`, escaped
 * text with <mark>) and article bodies (`bodyHtml`, Markdown passed through an allow-list). These
 * fields, and only these, are inserted as HTML; everything else the portal shows is text.
 */
export type SanitizedServerHtml = string & { readonly __sanitizedByServer?: true };

export interface ServerHtmlProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'children' | 'dangerouslySetInnerHTML'
> {
  /** The element to render: a span inside a link, a p for a snippet, a div for a body. */
  as?: ElementType;
  html: SanitizedServerHtml;
}

export function ServerHtml({ as: Element = 'span', html, ...props }: ServerHtmlProps) {
  return <Element {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}
