import {render, screen} from '@testing-library/react';
import PageStatus, {formatDay} from '.';

describe('<PageStatus>', () => {
  it('shows audience, review status and the review date', () => {
    render(<PageStatus audience="trainee" reviewStatus="editorial" lastReviewed="2026-11-25" />);
    const list = screen.getByRole('list', {name: 'About this page'});
    expect(list.textContent).toContain('For trainee practitioners');
    expect(list.textContent).toContain('Editorial review');
    expect(screen.getByText('25 November 2026').getAttribute('dateTime')).toBe('2026-11-25');
  });

  it('formats dates without time-zone drift', () => {
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatDay('2025-12-31')).toBe('31 December 2025');
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => formatDay('2026-13-01')).toThrow('not a YYYY-MM-DD date: "2026-13-01"');
    expect(() => formatDay('25/11/2026')).toThrow('not a YYYY-MM-DD date');
  });
});
