import * as assert from 'assert';
import { isTechnicalUpdate } from '../../../server/src/service/negotiation/technicalUpdate';

describe('negotiation/technicalUpdate: dates, sessions and symbols apart from substantive change', () => {
  const technical: Array<[string, string]> = [
    ['第八十一届', '第八十二届'],
    ['2024', '2025'],
    ['79/194', '80/118'],
    ['2020 年 12 月 21 日第 75/202', '2024 年 12 月 19 日第 79/194'],
    ['seventy-ninth', 'eightieth'],
    ['19 December 2024', '15 December 2025'],
    ['A/C.2/80/L.17', 'A/C.2/80/L.58'],
    ['78/132', '78/132 and 79/194'],
    ['一', '二'],
  ];
  const substantive: Array<[string, string]> = [
    ['因特网', '互联网'],
    ['Recalling', 'Reaffirming'],
    ['developing countries', 'developing countries, in particular the least developed countries'],
    ['2030', 'the 2030 Agenda'],
    ['', 'and artificial intelligence'],
    ['shall', 'should'],
    ['and', 'or'],
  ];
  for (const [from, to] of technical) it(`“${from}” → “${to}” is a technical update`, () => assert.ok(isTechnicalUpdate(from, to)));
  for (const [from, to] of substantive) it(`“${from}” → “${to}” is not`, () => assert.ok(!isTechnicalUpdate(from, to)));
});
