import MarkdownIt from 'markdown-it';
import { useDeferredValue, useMemo, useRef } from 'react';
import { safeHtmlToReact, type SafeHtmlOptions } from './safe-html';
import { useKeyboardScrolling } from './use-keyboard-scrolling';

// The server's settings (knowledge-base/markdown.ts), so the preview shows what readers will see:
// raw HTML is let through to the allow-list, which decides what of it survives.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
// Every link is built, and the allow-list turns the refused ones into their text (as the server).
markdown.validateLink = () => true;

/** Markdown as readers will see it, rebuilt from an allow-list (see safe-html.ts). */
export function renderMarkdownPreview(source: string) {
  return safeHtmlToReact(markdown.render(source)).nodes;
}

export interface MarkdownPreviewProps {
  source: string;
  className?: string;
  /** Said when there is nothing to show yet. */
  emptyText?: string;
  /** Point out what the author should fix for readers, such as images without a description. */
  showAdvice?: boolean;
  /** 'link' where any professional writes (the community), as the server will show it. */
  remoteImages?: SafeHtmlOptions['remoteImages'];
}

/**
 * A live preview: typing stays responsive on a long article because React renders the preview
 * with the text it had a moment ago while the newest keystroke is handled first.
 */
export function MarkdownPreview({
  source,
  className = 'article-body',
  emptyText,
  showAdvice = false,
  remoteImages = 'show',
}: MarkdownPreviewProps) {
  const deferred = useDeferredValue(source);
  const { nodes, report } = useMemo(
    () => safeHtmlToReact(markdown.render(deferred), { remoteImages }),
    [deferred, remoteImages],
  );
  const ref = useRef<HTMLDivElement>(null);
  useKeyboardScrolling(ref, nodes);
  if (!deferred.trim() && emptyText) return <p className="muted">{emptyText}</p>;
  const missing = report.imagesWithoutAlt;
  return (
    <>
      {showAdvice && missing > 0 ? (
        <p className="notice notice--warning markdown-preview__advice">
          {missing === 1 ? 'An image has' : `${missing} images have`} no description. Describe each
          one for readers who cannot see it: <code>![what it shows](address)</code>.
        </p>
      ) : null}
      <div ref={ref} className={className}>
        {nodes}
      </div>
    </>
  );
}
