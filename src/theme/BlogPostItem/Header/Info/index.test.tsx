import {render} from '@testing-library/react';
import BlogPostItemHeaderInfo, {readingTimeLabel} from './index';

const metadata: {date: string; readingTime?: number} = {date: '2026-11-17T00:00:00.000Z', readingTime: 3.2};
jest.mock('@docusaurus/plugin-content-blog/client', () => ({useBlogPost: () => ({metadata})}), {virtual: true});

describe('story date and reading time', () => {
  it('writes the UTC day and the minutes, rounded up, as the theme does in English', () => {
    const {container} = render(<BlogPostItemHeaderInfo />);
    expect(container.textContent).toBe('17 November 2026 · 4 min read');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-17T00:00:00.000Z');
  });

  it('leaves the reading time out when the post has none', () => {
    delete metadata.readingTime;
    const {container} = render(<BlogPostItemHeaderInfo />);
    expect(container.textContent).toBe('17 November 2026');
    metadata.readingTime = 3.2;
  });

  it('says "One min read" for a minute or less', () => {
    expect(readingTimeLabel(0.4)).toBe('One min read');
    expect(readingTimeLabel(1)).toBe('One min read');
    expect(readingTimeLabel(1.01)).toBe('2 min read');
  });
});
