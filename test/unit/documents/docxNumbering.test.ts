/**
 * Word's automatic numbering rebuilt from numbering.xml, styles.xml and each paragraph's w:numPr:
 * the cases drafters meet (restarted lists, numbering carried by a style, sub-paragraph letters,
 * roman numerals, tracked deletions) on small hand-written WordprocessingML.
 */
import * as assert from 'assert';
import { formatNumber, LABEL_BOOKMARK, markNumberedParagraphs, readNumberingDefinitions } from '../../../server/src/service/documents/docxNumbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function level(ilvl: number, fmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '(%2)')}${level(2, 'lowerRoman', '(%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="OP"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`;

function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}
const num = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** Labels in paragraph order ('' for unnumbered), read back from the bookmarks the marker inserts. */
function labelsOf(body: string): string[] {
  const defs = readNumberingDefinitions(NUMBERING, STYLES);
  const { xml, labels } = markNumberedParagraphs(`<w:document ${W}><w:body>${body}</w:body></w:document>`, defs);
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => {
    const b = new RegExp(`w:name="${LABEL_BOOKMARK}(\\d+)"`).exec(m[1]);
    return b ? labels[+b[1]] : '';
  });
}

describe('documents/docxNumbering', () => {
  it('numbers operative paragraphs and sub-paragraphs, letters restarting under each', () => {
    const body = [p('The General Assembly,'), p('Decides', num(1)), p('To a', num(1, 1)), p('To b', num(1, 1)), p('To i', num(1, 2)), p('Requests', num(1)), p('To a again', num(1, 1))].join('');
    assert.deepStrictEqual(labelsOf(body), ['', '1.', '(a)', '(b)', '(i)', '2.', '(a)']);
  });

  it('a list instance with a start override restarts; one without continues the shared list', () => {
    const body = [p('a', num(1)), p('b', num(1)), p('c', num(2)), p('d', num(2)), p('e', num(1))].join('');
    assert.deepStrictEqual(labelsOf(body), ['1.', '2.', '1.', '2.', '3.']);
  });

  it('takes numbering from the paragraph style (and its basedOn chain); numId 0 switches it off', () => {
    const body = [p('x', '<w:pStyle w:val="OP"/>'), p('y', '<w:pStyle w:val="OP"/>'), p('z', '<w:pStyle w:val="OP"/><w:numPr><w:numId w:val="0"/></w:numPr>'), p('w', '<w:pStyle w:val="OP"/>')].join('');
    assert.deepStrictEqual(labelsOf(body), ['1.', '2.', '', '3.']);
  });

  it('gives bullets no label and ignores numbering inside tracked deletions and property changes', () => {
    const deletedMark = `${num(1)}<w:rPr><w:del w:id="1" w:author="a" w:date="2099-01-01T00:00:00Z"/></w:rPr>`;
    const changed = `<w:pPrChange w:id="2" w:author="a"><w:pPr>${num(1)}</w:pPr></w:pPrChange>`;
    const body = [p('bullet', num(3)), p('one', num(1)), p('merged away', deletedMark), p('was numbered, now plain', changed), `<w:del w:id="3" w:author="a"><w:p><w:pPr>${num(1)}</w:pPr></w:p></w:del>`, p('two', num(1))].join('');
    assert.deepStrictEqual(labelsOf(body), ['', '1.', '', '', '', '2.']);
  });

  it('formats Word number styles, Chinese counting included', () => {
    assert.deepStrictEqual(
      [formatNumber(4, 'lowerRoman'), formatNumber(28, 'lowerLetter'), formatNumber(3, 'upperLetter'), formatNumber(12, 'chineseCounting'), formatNumber(7, 'decimalZero'), formatNumber(9, 'decimal')],
      ['iv', 'bb', 'C', '十二', '07', '9'],
    );
  });

  it('marks a paragraph in a text box after the paragraph that anchors it', () => {
    const box = `<w:p><w:pPr>${num(1)}</w:pPr><w:r><w:pict><v:textbox><w:txbxContent>${p('inner', num(1))}</w:txbxContent></v:textbox></w:pict></w:r></w:p>`;
    const defs = readNumberingDefinitions(NUMBERING, STYLES);
    const { labels } = markNumberedParagraphs(`<w:document ${W}><w:body>${box}${p('after', num(1))}</w:body></w:document>`, defs);
    assert.deepStrictEqual(labels, ['1.', '2.', '3.']);
  });
});
