import { render, screen } from '@testing-library/react';
import { MarkdownPreview, renderMarkdownPreview } from './markdown-preview';

/** The preview's HTML as the browser would hold it. */
function previewOf(markdown: string): HTMLElement {
  const { container } = render(<div>{renderMarkdownPreview(markdown)}</div>);
  return container.firstElementChild as HTMLElement;
}

describe('the editor’s Markdown preview', () => {
  it('renders Markdown as readers will see it', () => {
    const preview = previewOf(
      '# Title\n\nSome **bold** and `code`.\n\n- one\n- two\n\n```sh\nfoyer start\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[Docs](https://example.com/docs) and [home](/kb/home)',
    );
    expect(preview.querySelector('h1')).toHaveTextContent('Title');
    expect(preview.querySelector('strong')).toHaveTextContent('bold');
    expect(preview.querySelectorAll('li')).toHaveLength(2);
    expect(preview.querySelector('pre code')).toHaveClass('language-sh');
    expect(preview.querySelector('td')).toHaveTextContent('1');
    const external = preview.querySelector('a[href="https://example.com/docs"]');
    expect(external).toHaveAttribute('target', '_blank');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(preview.querySelector('a[href="/kb/home"]')).not.toHaveAttribute('target');
  });

  it('lets no script, handler, style or dangerous address through', () => {
    const preview = previewOf(
      [
        '<script>window.hacked = true</script>',
        '<img src="x" onerror="window.hacked = true">',
        '<a href="javascript:alert(1)">click</a>',
        '<a href="JaVa&#x09;Script:alert(1)">tabbed</a>',
        '[md link](javascript:alert(1))',
        '<iframe src="https://evil.example"></iframe>',
        '<p style="position:fixed" onclick="x()" class="takeover">styled</p>',
        '<svg><a href="https://evil.example"><text>svg link</text></a></svg>',
        '<form action="https://evil.example"><input name="password"></form>',
        '<img src="data:image/png;base64,AAAA" alt="data image">',
        '<a href="//evil.example/">protocol-relative</a>',
      ].join('\n\n'),
    );
    expect(
      preview.querySelector('script, iframe, svg, form, input, [style], [class="takeover"]'),
    ).toBeNull();
    const attributes = Array.from(preview.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes).map((attribute) => `${attribute.name}=${attribute.value}`),
    );
    expect(
      attributes.filter((attribute) =>
        /^on|^(href|src)=\s*(javascript|data|vbscript)/i.test(attribute),
      ),
    ).toEqual([]);
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    // The text of what was removed stays readable; its links lose their address.
    expect(preview).toHaveTextContent('click');
    expect(preview).toHaveTextContent('styled');
    for (const link of Array.from(preview.querySelectorAll('a'))) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^(javascript|data|\/\/)/i);
    }
    // A refused link or image leaves its words as plain text, as readers will see them.
    expect(preview).toHaveTextContent('md link');
    expect(preview).not.toHaveTextContent('javascript');
    expect(Array.from(preview.querySelectorAll('a'), (link) => link.textContent)).toEqual([]);
    expect(preview.querySelector('img[alt="data image"]')).toBeNull();
    expect(preview).toHaveTextContent('data image');
  });

  it('points out images without a description', () => {
    const { rerender } = render(
      <MarkdownPreview
        source={'![](https://example.com/a.png)\n\n<img src="https://example.com/b.png">'}
        showAdvice
      />,
    );
    expect(screen.getByText(/2 images have no description/)).toBeInTheDocument();

    rerender(
      <MarkdownPreview source="![The settings page](https://example.com/a.png)" showAdvice />,
    );
    expect(screen.queryByText(/no description/)).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'The settings page' })).toBeInTheDocument();
  });
});
