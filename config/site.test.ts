import {normalizeBaseUrl, workingDraftIncluded} from './site';

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

describe('workingDraftIncluded', () => {
  it('keeps the working draft out of the public build only', () => {
    expect(workingDraftIncluded({NODE_ENV: 'production'})).toBe(false);
    expect(workingDraftIncluded({NODE_ENV: 'development'})).toBe(true);
    expect(workingDraftIncluded({})).toBe(true);
    expect(workingDraftIncluded({NODE_ENV: 'production', SCARATLAS_PREVIEW: 'true'})).toBe(true);
  });
});
