import { convertDocument, formatOf, splitFrontMatter } from './convert-document';
import { decodeText } from './decode-text';
import { slugForFile } from './article-importer';
import { renderMarkdown } from '../markdown';

const convert = (text: string, format: 'markdown' | 'html' = 'markdown') => {
  const result = convertDocument(text, format);
  if (result.problem !== undefined) throw new Error(result.problem);
  return result.document;
};

describe('converting a document to an article', () => {
  it('takes the first "# " heading as the title and the first paragraph as the summary', () => {
    const doc = convert(
      'Intro line before.\n\n# Backing up Ledger\n\nTake a **full** backup\nevery night.\n\n## Restore\n\nRun `ledger-restore`.\n',
    );
    expect(doc.title).toBe('Backing up Ledger');
    expect(doc.summary).toBe('Intro line before.');
    expect(doc.bodyMarkdown).toBe(
      'Intro line before.\n\nTake a **full** backup\nevery night.\n\n## Restore\n\nRun `ledger-restore`.\n',
    );
  });

  it('reads setext headings, and front matter for the title, summary and tags', () => {
    expect(convert('Backing up\n==========\n\nBody.').title).toBe('Backing up');
    const doc = convert(
      '---\ntitle: "Declared: title"\ndescription: Declared summary\nauthor: someone\ntags:\n  - Backup\n  - "restore"\n---\n# Declared: title\n\nBody.\n',
    );
    expect(doc).toEqual({
      title: 'Declared: title',
      summary: 'Declared summary',
      bodyMarkdown: 'Body.\n',
      tags: ['Backup', 'restore'],
    });
    expect(splitFrontMatter('---\ntags: a, b\n---\nx').fields.tags).toEqual(['a', 'b']);
    expect(splitFrontMatter('No front matter\n---\n').body).toBe('No front matter\n---\n');
  });

  it('cuts a long first paragraph at a word for the summary', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const { summary } = convert(`# Long\n\n${words}\n`);
    expect(summary.length).toBeLessThanOrEqual(281);
    expect(summary).toMatch(/^word0 word1 .* word\d+…$/);
  });

  it('keeps blank lines inside code blocks and drops runs of them elsewhere', () => {
    const doc = convert('# Code\n\n\n\nText\n\n```\na\n\n\nb\n```\n\n\n');
    expect(doc.bodyMarkdown).toBe('Text\n\n```\na\n\n\nb\n```\n');
  });

  it('refuses a document without a title, with an empty body or a title that is too long', () => {
    expect(convertDocument('Only text.', 'markdown').problem).toMatch(/no title/);
    expect(convertDocument('## Only a second-level heading\n\nText', 'markdown').problem).toMatch(
      /no title/,
    );
    expect(convertDocument('# Title\n\n   \n', 'markdown').problem).toMatch(/body is empty/);
    expect(convertDocument(`# ${'t'.repeat(201)}\n\nBody`, 'markdown').problem).toMatch(
      /title is 201 characters/,
    );
    expect(convertDocument(`# T\n\n${'b'.repeat(200_001)}`, 'markdown').problem).toMatch(
      /body is 200,00\d characters/,
    );
    expect(convertDocument('<html><body><p>No heading</p></body></html>', 'html').problem).toMatch(
      /no <h1> or <title>/,
    );
  });

  it('converts HTML to Markdown, dropping scripts, styles and page furniture', () => {
    const doc = convert(
      `<html><head><title>Site | Page</title><style>h1{}</style><script>var a = 1;</script></head><body>
       <nav><a href="/">Home</a></nav>
       <h1>Release <em>notes</em></h1>
       <p>Fixed <a href="https://example.com/bug/1" onclick="steal()">bug 1</a> &amp; more.<img src="data:image/png;base64,AAA" alt="chart"></p>
       <h2>Upgrade</h2>
       <ol><li>Stop the service</li><li>Run:<pre><code class="language-sh">ledger upgrade --all\n</code></pre></li></ol>
       <ul><li>One<ul><li>Nested</li></ul></li></ul>
       <pre>plain
  pre</pre>
       <table><thead><tr><th>Port</th><th>Use</th></tr></thead><tbody><tr><td>8443</td><td>API</td></tr></tbody></table>
       <button onclick="x()">Subscribe</button><iframe src="https://ads.example"></iframe>
       </body></html>`,
      'html',
    );
    expect(doc.title).toBe('Release notes');
    expect(doc.summary).toBe('Fixed bug 1 & more.chart');
    expect(doc.bodyMarkdown).toBe(
      [
        'Fixed [bug 1](https://example.com/bug/1) & more.chart',
        '',
        '## Upgrade',
        '',
        '1. Stop the service',
        '2. Run:',
        '',
        '   ```sh',
        '   ledger upgrade --all',
        '   ```',
        '',
        '- One',
        '  - Nested',
        '',
        '```',
        'plain',
        '  pre',
        '```',
        '',
        '| Port | Use |',
        '| --- | --- |',
        '| 8443 | API |',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(doc.bodyMarkdown)).not.toMatch(
      /script|steal|onclick|iframe|Subscribe|Home/,
    );
  });

  it('takes the <title> when the page has no <h1>, and the meta description as the summary', () => {
    const doc = convert(
      '<title> Ports &amp; protocols </title><meta name="description" content="Which ports Ledger uses."><p>8443 and 8080.</p>',
      'html',
    );
    expect(doc).toMatchObject({
      title: 'Ports & protocols',
      summary: 'Which ports Ledger uses.',
      bodyMarkdown: '8443 and 8080.\n',
    });
  });

  it('knows the file kinds by extension', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.Htm', 'e.txt', 'README'].map(formatOf)).toEqual([
      'markdown',
      'markdown',
      'html',
      'html',
      null,
      null,
    ]);
  });
});

describe('the slug of an imported file', () => {
  it('is the file name in kebab-case', () => {
    expect(slugForFile('guides/Installing Ledger 5.0.md', null)).toBe('installing-ledger-5-0');
    expect(slugForFile('upgradeGuide.html', null)).toBe('upgrade-guide');
    expect(slugForFile('Crème_brûlée.md', null)).toBe('creme-brulee');
    expect(slugForFile('backup/index.md', null)).toBe('backup');
    expect(slugForFile('backup/README.md', 'Ledger 4.2')).toBe('ledger-4-2-backup');
    expect(slugForFile('index.md', null)).toBe('index');
    expect(slugForFile('---.md', null)).toBeNull();
    expect(slugForFile(`${'a'.repeat(150)}.md`, null)).toHaveLength(120);
  });
});

describe('reading a file as text', () => {
  it('reads UTF-8 (with or without a byte-order mark) and UTF-16 with one', () => {
    expect(decodeText(Buffer.from('\ufeff# Café', 'utf8'), false)).toEqual({ text: '# Café' });
    expect(
      decodeText(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Café', 'utf16le')]),
        false,
      ),
    ).toEqual({ text: '# Café' });
  });

  it('honours the character set an HTML page declares', () => {
    const page = Buffer.from('<meta charset="windows-1252"><h1>Caf\xe9</h1>', 'latin1');
    expect(decodeText(page, true)).toEqual({ text: '<meta charset="windows-1252"><h1>Café</h1>' });
    expect(decodeText(Buffer.from('<meta charset="klingon"><h1>x</h1>'), true).problem).toMatch(
      /"klingon", which is not known/,
    );
  });

  it('refuses invalid UTF-8 and binary files', () => {
    expect(decodeText(Buffer.from('# Caf\xe9', 'latin1'), false).problem).toMatch(
      /not valid UTF-8/,
    );
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), false).problem).toMatch(
      /binary/,
    );
    // An image saved as .md: bytes that are not UTF-8 come before its first NUL.
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
    ]);
    expect(decodeText(png, false).problem).toBe('it looks like a binary file, not a text document');
    expect(decodeText(png, true).problem).toMatch(/binary/);
  });
});
