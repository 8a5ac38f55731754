import {act, fireEvent, render, screen, within} from '@testing-library/react';
import type {ReactElement} from 'react';
import SessionPlanner from '.';
import * as plan from '@site/docs/_data/session-plan';
import * as spanishPlan from '@site/i18n/es/docusaurus-plugin-content-docs/version-2027.1/_data/session-plan';
import {setTestLocale} from '@site/tests/mocks/locale';
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

// The Spanish texts below are not English words: cspell:disable
describe('in Spanish', () => {
  const planEs = {...spanishPlan, citations};
  const messagesEs = () => plannerMessages(spanishPlan.sessionPlanLimits);

  beforeAll(() => setTestLocale('es'));
  afterAll(() => setTestLocale('en'));
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  function fillEs(start: string, interval: string, sessions: string) {
    fireEvent.change(screen.getByLabelText('Fecha de su primera sesión'), {target: {value: start}});
    fireEvent.change(screen.getByLabelText('Semanas entre sesiones'), {target: {value: interval}});
    fireEvent.change(screen.getByLabelText('Número de sesiones'), {target: {value: sessions}});
  }

  it('labels the form in Spanish and explains a bad input', () => {
    render(<SessionPlanner {...planEs} today={TODAY} />);
    expect(screen.getByRole('group', {name: 'Su plan de tratamiento'})).toBeTruthy();
    expect(screen.getByText('Rellene las tres casillas de arriba para ver las fechas.')).toBeTruthy();
    fillEs('2026-11-30', '8', '3');
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toEqual([
      'Revise esto: Esta fecha ya pasó. Elija la fecha de hoy o una posterior.',
      'Revise esto: Los estudios usaron intervalos de 2 a 6 semanas; para cualquier otro intervalo, consulte a su profesional sanitario.',
    ]);
    expect(messagesEs().sessionsRange).toBe('Los estudios usaron de 2 a 5 sesiones; para cualquier otro número, consulte a su profesional sanitario.');
    expect(screen.getByText('Corrija las casillas marcadas con "Revise esto" para ver las fechas.')).toBeTruthy();
  });

  it('lists the dates in Spanish', () => {
    render(<SessionPlanner {...planEs} today={TODAY} />);
    fillEs('2026-12-16', '4', '3');
    const region = screen.getByRole('region', {name: 'Fechas sugeridas'});
    expect(within(region).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'miércoles, 16 de diciembre de 2026',
      'miércoles, 13 de enero de 2027',
      'miércoles, 10 de febrero de 2027',
    ]);
    expect(region.textContent).toContain('3 sesiones, con 4 semanas de separación. La última sería el miércoles, 10 de febrero de 2027.');
    expect(screen.getByRole('button', {name: 'Descargar calendario (.ics)'})).toBeTruthy();
  });

  it('writes the calendar events in Spanish', async () => {
    jest.useFakeTimers({doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask']});
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:session-plan');
    const original = {createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL};
    Object.assign(URL, {createObjectURL, revokeObjectURL: jest.fn()});
    try {
      const downloads: string[] = [];
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
      render(<SessionPlanner {...planEs} today={TODAY} />);
      fillEs('2026-12-16', '2', '2');
      fireEvent.click(screen.getByRole('button', {name: 'Descargar calendario (.ics)'}));
      expect(downloads).toEqual(['sesiones-de-micropuncion.ics']);
      const text = await readBlob(createObjectURL.mock.calls[0]![0]);
      expect(text).toContain('SUMMARY:Sesión de micropunción 1 de 2 (por confirmar con su clínica)\r\n');
      expect(text).toContain('SUMMARY:Sesión de micropunción 2 de 2 (por confirmar con su clínica)\r\n');
      // Unfolded (RFC 5545 continuation lines start with a space), commas escaped.
      expect(text.replace(/\r\n /g, '')).toContain(
        'DESCRIPTION:Fecha sugerida por el planificador de sesiones de ScarAtlas. Su clínica fija las fechas reales\\, así que confírmelas con ella.\r\n',
      );
      act(() => jest.runAllTimers());
    } finally {
      Object.assign(URL, original);
    }
  });
});
