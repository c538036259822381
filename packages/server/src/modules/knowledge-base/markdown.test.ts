import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    const html = renderMarkdown(
      '# Install\n\nRun `atlas-agent --start`, then see [the guide](https://docs.example/guide).\n\n```sh\natlas-agent --start\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h1>Install</h1>');
    expect(html).toContain('<code>atlas-agent --start</code>');
    expect(html).toContain(
      '<a href="https://docs.example/guide" rel="noopener noreferrer nofollow" target="_blank">the guide</a>',
    );
    expect(html).toContain('<pre><code class="language-sh">atlas-agent --start\n</code></pre>');
    expect(html).toContain('<td>1</td>');
  });

  it.each([
    ['a script tag', 'Hello <script>alert(document.cookie)</script> world', /<script|alert\(/i],
    [
      'a script tag split over lines',
      '<script>\nfetch("https://evil.example")\n</script>',
      /<script|evil\.example/i,
    ],
    [
      'an onerror handler on an image',
      '<img src="https://x.example/a.png" onerror="alert(1)">',
      /onerror|alert/i,
    ],
    [
      'an onclick handler on a link',
      '<a href="https://x.example" onclick="steal()">x</a>',
      /onclick|steal/i,
    ],
    ['a javascript: link in Markdown', '[click me](javascript:alert(1))', /<a[ >]|href=|alert/i],
    ['a data: link in Markdown', '[click me](data:text/html,<b>x</b>)', /<a[ >]|href=|data:/i],
    ['a protocol-relative link', '<a href="//evil.example/x">click</a>', /<a[ >]|evil/i],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">click</a>', /javascript:/i],
    [
      'an obfuscated javascript: link',
      '<a href="jav&#x09;ascript:alert(1)">click</a>',
      /javascript|alert/i,
    ],
    [
      'a data: image in Markdown',
      '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
      /<img|src=/i,
    ],
    [
      'a data: image in HTML',
      '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
      /data:/i,
    ],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe|evil/i],
    ['inline styles', '<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript/i],
    ['an svg with onload', '<svg onload="alert(1)"><circle /></svg>', /<svg|onload|alert/i],
  ])('strips %s', (_label, source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden);
  });

  it('keeps the harmless part of what it cleans', () => {
    expect(
      renderMarkdown('<img src="https://x.example/a.png" alt="Diagram" onerror="alert(1)">'),
    ).toContain('<img src="https://x.example/a.png" alt="Diagram" />');
    // A refused address leaves the words of the link or the image, as plain text.
    expect(renderMarkdown('See [the guide](javascript:alert(1)) first.')).toBe(
      '<p>See <span>the guide</span> first.</p>\n',
    );
    expect(renderMarkdown('See <a href="jav&#x09;ascript:alert(1)">the guide</a>.')).toBe(
      '<p>See <span>the guide</span>.</p>\n',
    );
    expect(renderMarkdown('![Wiring diagram](data:image/png;base64,AAAA)')).toBe(
      '<p><span>Wiring diagram</span></p>\n',
    );
    // Links inside the portal and on the web stay links.
    expect(renderMarkdown('[Setup](/kb/setup) and [top](#top)')).toBe(
      '<p><a href="/kb/setup">Setup</a> and <a href="#top">top</a></p>\n',
    );
    expect(renderMarkdown('[mail us](mailto:help@x.example)')).toContain(
      '<a href="mailto:help@x.example">mail us</a>',
    );
    expect(renderMarkdown('Hello <script>alert(1)</script> world')).toMatch(/Hello\s+world/);
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const text = markdownToText(
      '# Install the **agent**\n\nSee [the guide](https://x.example) and `atlas --start`.\n\n<div onclick="x()">Raw <b>html</b></div>\n\n- one\n- two &amp; three',
    );
    expect(text).toBe(
      'Install the agent\nSee the guide and atlas --start.\nRaw html\none\ntwo & three',
    );
  });
});

describe('renderMarkdown for posts any professional writes', () => {
  it('links images from other sites instead of loading them, and shows Foyer’s own', () => {
    expect(
      renderMarkdown('See ![Wiring diagram](https://cdn.example.com/w.png) here.', {
        remoteImages: 'link',
      }),
    ).toBe(
      '<p>See <a href="https://cdn.example.com/w.png" rel="noopener noreferrer nofollow" target="_blank">Image: Wiring diagram (cdn.example.com)</a> here.</p>\n',
    );
    expect(
      renderMarkdown('<img src="http://track.example/p.gif" width="1" height="1">', {
        remoteImages: 'link',
      }),
    ).not.toMatch(/<img/);
    expect(renderMarkdown('![Screenshot](/api/files/abc)', { remoteImages: 'link' })).toBe(
      '<p><img src="/api/files/abc" alt="Screenshot" /></p>\n',
    );
    // What the vendor's staff write keeps its pictures.
    expect(renderMarkdown('![Wiring diagram](https://cdn.example.com/w.png)')).toContain(
      '<img src="https://cdn.example.com/w.png"',
    );
  });
});
