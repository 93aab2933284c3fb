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

/**
 * 50 changes from the real English pairs (79/194 → 80/118, 78/160 → 80/147, 79/129 → 80/171,
 * 79/225 → 80/154, 79/195 → 80/121: every sixth of the 310 word-level changes under 60 characters,
 * in document order), labelled by hand: [precedent's words, draft's words, text after, technical?].
 * A statistic (`90` → `93` per cent) is substantive; a year, a date, a session or a symbol is not.
 */
const REAL_SAMPLE: Array<[string, string, string, boolean]> = [
  ["78/132", "79/194", "of 19 December", true],
  ["and", ",", "the Addis Ababa Action", false],
  ["19", "11", "April", true],
  ["a world", "the age", "of", false],
  ["", ",", "and respecting national", false],
  ["required means of", "Global Digital Compact", "implementation", false],
  ["technology", "the World Summit", "on", false],
  ["High-level Event”", "", ", to be held in Geneva i", false],
  ["2024", "2025", ":", true],
  ["-", "", "development policies an", false],
  ["national and", "", "international law", false],
  ["", ")", "pandemic exacerbates in", false],
  ["to establish", "of", "a dedicated working gro", false],
  ["2024", "2025", ", and the", true],
  ["90", "93", "per cent of people use", false],
  ["30", "29", "per cent of women use t", false],
  ["", "and the Sevilla Commitment", ", and recognizes that of", false],
  ["Decides to finalize", "Takes note of", "the modalities", false],
  ["", "appointment by the", "President of the Genera", false],
  ["2025", "2026", "to include an update on", true],
  ["76/213", "78/160", "of", true],
  ["and", "", "taking note also of Cou", false],
  ["", "at the United Nations Headquarters in New York", ",", false],
  ["", "and an annexed Global Digital Compact", ",", false],
  ["", "within countries", "and", false],
  ["June 2019 report", "establishment", "of the", false],
  ["digital cooperation", "artificial intelligence capacity-building", "”,", false],
  ["as well as", "and recognizing", "the", false],
  ["", "medical cooperation,", "the need to strengthen", false],
  ["transformative solutions needed", "socioeconomic impacts of artificial intelligence", ",", false],
  ["harness frontier technologies", "strengthen international cooperation", ",", false],
  ["agreed conclusions of the Commission", "political declaration", "on the", false],
  ["first", "ninth", "session", true],
  [",", "and", "relevant international", false],
  [",", "", "and Innovation for Afri", false],
  ["and", ",", "the private sector", false],
  ["eightieth", "eighty-second", "session a report on the", true],
  ["78/115", "79/129", "of", true],
  ["eightieth", "eighty-first", "session the item entitl", true],
  ["parties", "Parties", "to the United Nations F", false],
  ["to", "", "the United Nations, and", false],
  ["people living in poverty around", "", "the", false],
  ["", "limited access to productive resources and", "scarce non", false],
  ["", "agriculture and employment,", "including school feedin", false],
  ["livelihood", "livelihoods", "of rural families,", false],
  [",", ";", "affordable and reliable", false],
  ["", "and the collaboration among government agencies", ",", false],
  ["eightieth", "eighty-first", "session, under the item", true],
  ["", "and its role in", "trade and employment", false],
  ["", "eradication", ";", false],
];

describe('negotiation/technicalUpdate on a hand-labelled sample of real changes', () => {
  it('agrees with the labels on all 50', () => {
    const wrong = REAL_SAMPLE.filter(([from, to, after, label]) => isTechnicalUpdate(from, to, after) !== label);
    assert.deepStrictEqual(wrong, []);
    assert.strictEqual(REAL_SAMPLE.filter((r) => r[3]).length, 11);
  });
});
