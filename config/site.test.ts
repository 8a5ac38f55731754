import {normalizeBaseUrl} from './site';

describe('normalizeBaseUrl', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['scaratlas', '/scaratlas/'],
    ['/scaratlas', '/scaratlas/'],
    ['/scaratlas/', '/scaratlas/'],
  ])('%p -> %p', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });
});
