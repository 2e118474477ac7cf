import { buildCharter } from '@elan/core/documents/charter/buildCharter';
import { buildCharterInput, buildDecision, exampleMembers } from '@elan/core/documents/charter/exampleCharterInput';
import { renderDocument } from './renderDocument';
import { readDocx } from './testing/docxInspector';

// Word text runs are literal: Markdown, HTML and template syntax typed by people must come out as typed.
const hostile = '[click](https://evil.example) **bold** <b>x</b> ${user.name}';

describe('documents: user text is written literally', () => {
  it('keeps a hostile member name and decision question as literal text in the charter', async () => {
    const input = buildCharterInput({
      members: [...exampleMembers, { userId: 'eve', name: hostile, role: 'member' }],
      decisions: [buildDecision({ question: hostile })],
    });
    const { bytes } = await renderDocument(buildCharter(input));
    const docx = readDocx(bytes);
    const text = docx.paragraphs.join('\n');
    expect(docx.paragraphs.filter((p) => p.includes(hostile)).length).toBeGreaterThanOrEqual(2);
    // Nothing became a link, bold run or raw markup.
    const body = docx.xml('word/document.xml');
    // Only the table of contents links (to bookmarks); no external link was made from the text.
    expect(body).not.toMatch(/<w:hyperlink[^>]*r:id=/);
    expect(docx.xml('word/_rels/document.xml.rels')).not.toContain('evil.example');
    expect(body).not.toMatch(/<b>/);
    expect(body).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(text).not.toContain('\\[');
  });
});
