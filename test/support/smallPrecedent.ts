/**
 * A small English precedent (resolution 99/1) for tests that put one into a corpus folder and then
 * open a draft that reuses its paragraphs: agreed language is found in it, in English.
 */
export const SMALL_PRECEDENT_EN = [
  'Resolution adopted by the General Assembly on 1 January 2030',
  '',
  '99/1. Test resolution',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",',
  '',
  '1. Decides to keep the numbers of this resolution in order and its footnotes defined at the end of each page;',
  '',
  '2. Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
  '',
].join('\n');
