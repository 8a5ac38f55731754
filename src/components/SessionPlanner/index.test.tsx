import {act, fireEvent, render, screen, within} from '@testing-library/react';
import type {ReactElement} from 'react';
import SessionPlanner from '.';
import * as plan from '@site/docs/_data/session-plan';
import {draftCitations} from '@site/tests/helpers/citations';
import {plannerMessages} from './logic';

const citations = draftCitations('session-plan');

const messages = plannerMessages(plan.sessionPlanLimits);

// The repo has no @types/react-dom: type the one server function this test uses.
const {renderToString} = require('react-dom/server') as {renderToString: (element: ReactElement) => string};

const TODAY = '2026-12-01';

function fill(start: string, interval: string, sessions: string) {
  fireEvent.change(screen.getByLabelText('Date of your first session'), {target: {value: start}});
  fireEvent.change(screen.getByLabelText('Weeks between sessions'), {target: {value: interval}});
  fireEvent.change(screen.getByLabelText('Number of sessions'), {target: {value: sessions}});
}

/** jsdom's Blob has no text(): read it the old way. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const results = () => screen.getByRole('region', {name: 'Suggested dates'});

describe('<SessionPlanner>', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('lists the suggested dates for valid input in a polite live region', () => {
    render(<SessionPlanner {...plan} citations={citations} today={TODAY} />);
    expect(screen.getByRole('group', {name: 'Your treatment plan'})).toBeTruthy();
    expect(results().getAttribute('aria-live')).toBe('polite');
    expect(within(results()).queryByRole('list')).toBeNull();

    fill('2026-12-16', '4', '3');
    const items = within(results()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Wednesday 16 December 2026',
      'Wednesday 13 January 2027',
      'Wednesday 10 February 2027',
    ]);
    expect(items[0]!.querySelector('time')!.getAttribute('dateTime')).toBe('2026-12-16');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', {name: 'Download calendar (.ics)'}).getAttribute('type')).toBe('button');
  });

  it('flags a past first date next to the field and shows no dates', () => {
    render(<SessionPlanner {...plan} citations={citations} today={TODAY} />);
    fill('2026-11-30', '4', '3');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(messages.startPast);
    const input = screen.getByLabelText('Date of your first session');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    expect(within(results()).queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', {name: /Download/})).toBeNull();
  });

  it('explains an interval outside the studied range', () => {
    render(<SessionPlanner {...plan} citations={citations} today={TODAY} />);
    fill('2026-12-16', '8', '3');
    expect(screen.getByRole('alert').textContent).toContain(messages.intervalRange);
    expect(screen.getByLabelText('Weeks between sessions').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Number of sessions').getAttribute('aria-invalid')).toBeNull();
    expect(within(results()).queryByRole('list')).toBeNull();
  });

  it('only shows an error once the field has been used', () => {
    render(<SessionPlanner {...plan} citations={citations} today={TODAY} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(screen.getByLabelText('Number of sessions'));
    expect(screen.getByRole('alert').textContent).toContain(messages.sessionsEmpty);
  });

  it("reads today's date in the browser after rendering, not during it", () => {
    jest.useFakeTimers({now: new Date(2026, 11, 1, 12, 0)});
    const html = renderToString(<SessionPlanner {...plan} citations={citations} />);
    expect(html).toContain('Fill in all three boxes above to see the dates.');
    render(<SessionPlanner {...plan} citations={citations} />);
    fill('2026-11-30', '2', '2');
    expect(screen.getByRole('alert').textContent).toContain(messages.startPast);
    fill('2026-12-01', '2', '2');
    expect(within(results()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('downloads the plan as an .ics file from a blob', async () => {
    // jsdom's FileReader finishes on setImmediate/nextTick: leave those real.
    jest.useFakeTimers({doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask']});
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:session-plan');
    const revokeObjectURL = jest.fn();
    // jsdom has neither function: add mocks and take them away again afterwards.
    const original = {createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL};
    Object.assign(URL, {createObjectURL, revokeObjectURL});
    try {
      const clicked: {download: string; href: string | null; inDocument: boolean}[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push({download: this.download, href: this.getAttribute('href'), inDocument: document.body.contains(this)});
      });

      render(<SessionPlanner {...plan} citations={citations} today={TODAY} />);
      fill('2026-12-16', '2', '2');
      fireEvent.click(screen.getByRole('button', {name: 'Download calendar (.ics)'}));

      expect(click).toHaveBeenCalledTimes(1);
      expect(clicked).toEqual([{download: 'microneedling-sessions.ics', href: 'blob:session-plan', inDocument: true}]);
      expect(createObjectURL).toHaveBeenCalledTimes(1);
      const blob = createObjectURL.mock.calls[0]![0];
      expect(blob).toBeInstanceOf(Blob);
      expect(blob.type).toBe('text/calendar;charset=utf-8');
      const text = await readBlob(blob);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text).toContain('DTSTART;VALUE=DATE:20261216\r\n');
      expect(text).toContain('DTSTART;VALUE=DATE:20261230\r\n');
      expect(text).toContain('SUMMARY:Microneedling session 2 of 2 (to confirm with your clinic)\r\n');
      expect(document.querySelector('a[download]')).toBeNull();

      expect(revokeObjectURL).not.toHaveBeenCalled();
      act(() => jest.runAllTimers());
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:session-plan');
    } finally {
      Object.assign(URL, original);
    }
  });
});
