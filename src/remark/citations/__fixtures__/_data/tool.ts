/**
 * A tool's data, as a page imports it from its edition's _data folder. A comment naming lotfi2013
 * does not cite it.
 */
export const claims = [
  {text: 'A claim.', sources: ['alam2014']},
  {text: 'Another claim.', sources: ['chu2021', 'alam2014']},
];
