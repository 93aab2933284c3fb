/**
 * Word content that is not a paragraph of running text: tables (read cell by cell) and text
 * boxes (read after the paragraph that anchors them), each with a note, never lost.
 */
import * as assert from 'assert';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';
import { extractDocument } from '../../../server/src/service/documents';

async function docx(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('documents/word: tables and text boxes', () => {
  it('reads a table cell by cell, in order, with a skipped-content note', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const bytes = await docx([
      new Paragraph('The General Assembly,'),
      new Table({ rows: [new TableRow({ children: [cell('Region'), cell('Share')] }), new TableRow({ children: [cell('Africa'), cell('35 per cent')] })] }),
      new Paragraph('1. Decides to remain seized of the matter.'),
    ]);
    const r = await extractDocument(bytes, 'table.docx');
    assert.strictEqual(r.text, 'The General Assembly,\n\nRegion\n\nShare\n\nAfrica\n\n35 per cent\n\n1. Decides to remain seized of the matter.\n');
    assert.deepStrictEqual(r.warnings.map((w) => w.code), ['skipped-content']);
    assert.match(r.warnings[0].detail!, /1 table/);
  });

  it('reads a text box after the paragraph that anchors it, with a note', async () => {
    const bytes = await docx([
      new Paragraph({ children: [new TextRun('Recalling its resolution 70/1,'), new Textbox({ children: [new Paragraph('Box: sponsors to be confirmed')], style: { width: '2in', height: '1in' } })] }),
      new Paragraph('Reaffirming its commitment,'),
    ]);
    const r = await extractDocument(bytes, 'box.docx');
    const lines = r.text.split('\n').filter(Boolean);
    assert.deepStrictEqual(lines, ['Recalling its resolution 70/1,', 'Box: sponsors to be confirmed', 'Reaffirming its commitment,']);
    assert.ok(r.warnings.some((w) => w.code === 'skipped-content' && /1 text box/.test(w.detail!)), JSON.stringify(r.warnings));
  });
});
