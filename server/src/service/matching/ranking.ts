/**
 * The order of sources that tie on similarity: adopted resolutions before drafts and reports,
 * the most recent first, then by symbol (or citation), paragraph position and document id.
 */
import type { ParagraphTable } from './paragraphTable';

const STATUS_RANK: Record<string, number> = { adopted: 0, draft: 1, report: 2, unknown: 3 };

/** Compares corpus paragraphs by the order of their documents (kept until the table's paragraph ids change). */
export class SourceRanking {
  private docOrder = new Int32Array(0);
  private docOrderLayout = -1;

  constructor(private readonly table: ParagraphTable) {}

  /**
   * A total order on content and metadata, never on paragraph ids: the same corpus gives the
   * same answer whether it was built in one order, in another, or restored from the cache and
   * patched.
   */
  readonly rank = (pidA: number, pidB: number): number => {
    if (pidA === pidB) return 0;
    const order = this.documentOrder();
    const t = this.table;
    const sa = t.pidSlot.data[pidA];
    const sb = t.pidSlot.data[pidB];
    return order[sa] - order[sb] || t.pidPara.data[pidA] - t.pidPara.data[pidB];
  };

  /** Each document slot's position in the order of `rank` (recomputed when the corpus changes). */
  private documentOrder(): Int32Array {
    const t = this.table;
    if (this.docOrderLayout === t.layout && this.docOrder.length === t.slots.length) return this.docOrder;
    const slots = t.slots.map((_, i) => i);
    const key = (i: number) => {
      const m = t.slots[i].doc.meta;
      return { status: STATUS_RANK[m.status] ?? 3, date: m.date ?? '', cite: m.symbol ?? m.citation?.en ?? '', id: m.id };
    };
    const keys = slots.map(key);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    slots.sort((i, j) => {
      const a = keys[i];
      const b = keys[j];
      return a.status - b.status || cmp(b.date, a.date) || cmp(a.cite, b.cite) || cmp(a.id, b.id) || i - j;
    });
    const order = new Int32Array(t.slots.length);
    slots.forEach((slot, at) => (order[slot] = at));
    this.docOrder = order;
    this.docOrderLayout = t.layout;
    return order;
  }
}
