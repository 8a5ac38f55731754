import {fireEvent, render, screen, within} from '@testing-library/react';
import type {ReactElement} from 'react';
import * as timeline from '@site/docs/_data/recovery-timeline';
import * as timelineEs from '@site/i18n/es/docusaurus-plugin-content-docs/version-2027.1/_data/recovery-timeline';
import {setTestLocale} from '@site/tests/mocks/locale';
import {draftCitations} from '@site/tests/helpers/citations';
import RecoveryTimelineWith from '.';

const {recoveryPhases, unsourcedLabel} = timeline;
/** The working draft's timeline, as the aftercare page passes it. */
const citations = draftCitations('recovery-timeline');
const RecoveryTimeline = () => <RecoveryTimelineWith {...timeline} citations={citations} />;

// @types/react-dom is not installed, so type the one server function this test uses.
const {renderToString} = require('react-dom/server') as {renderToString: (element: ReactElement) => string};

function dayInput(): HTMLInputElement {
  return screen.getByLabelText('What day is it for you?') as HTMLInputElement;
}

function typeDay(value: string): void {
  fireEvent.change(dayInput(), {target: {value}});
}

function phaseItems(): HTMLElement[] {
  // The timeline's own items only, not the claim lists nested inside them.
  return Array.from(screen.getByRole('list', {name: 'Recovery phases, in order'}).children) as HTMLElement[];
}

function highlighted(): HTMLElement[] {
  return phaseItems().filter((li) => li.getAttribute('aria-current') === 'step');
}

describe('<RecoveryTimeline>', () => {
  it('shows every phase in order, each with its three groups', () => {
    render(<RecoveryTimeline />);
    const items = phaseItems();
    expect(items).toHaveLength(recoveryPhases.length);
    items.forEach((li, index) => {
      const phase = recoveryPhases[index]!;
      expect(within(li).getByRole('heading', {level: 3}).textContent).toBe(phase.label);
      const groups = within(li)
        .getAllByRole('heading', {level: 4})
        .map((h) => h.textContent?.trim());
      expect(groups).toEqual(['What is normal', 'Call your clinic if', 'Care']);
      for (const claim of [...phase.normal, ...phase.callClinic, ...phase.care]) {
        expect(li.textContent).toContain(claim.text);
      }
    });
    expect(screen.getByRole('list', {name: 'Recovery phases, in order'}).tagName).toBe('OL');
  });

  it("cites sources with the page's numbered references and labels untested clinic advice", () => {
    render(<RecoveryTimeline />);
    const day0 = phaseItems()[0]!;
    const chu = within(day0).getAllByRole('link', {name: `Reference ${citations.chu2021!.n}: Chu 2021`});
    expect(chu[0]!.getAttribute('href')).toBe(`#ref-${citations.chu2021!.n}`);
    expect(day0.textContent).not.toMatch(/Sources:/);
    const makeup = within(day0).getByText(/no makeup on this day/);
    expect(makeup.textContent).toContain(unsourcedLabel);
    expect(unsourcedLabel).toBe('Clinic advice, not tested in studies');
  });

  it('shows the emergency advice, and leaves the notes on durations and untested advice to the page text', () => {
    render(<RecoveryTimeline />);
    expect(screen.getByText(/get emergency help straight away/)).toBeTruthy();
    // The aftercare page says these once, above the timeline (content rule: no sentence written twice).
    expect(screen.queryByText(/72 hours/)).toBeNull();
  });

  it('starts with no day, no highlight and no message (same on server and client)', () => {
    render(<RecoveryTimeline />);
    expect(dayInput().value).toBe('');
    expect(dayInput().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(highlighted()).toHaveLength(0);
    expect(screen.queryByText(/You are here/)).toBeNull();
    expect(renderToString(<RecoveryTimeline />)).toBe(renderToString(<RecoveryTimeline />));
  });

  it.each([
    ['0', 'day-0'],
    ['3', 'days-1-3'],
    ['5', 'days-4-7'],
    ['8', 'week-2-and-after'],
    ['60', 'week-2-and-after'],
  ])('day %s marks "%s" as "You are here"', (value, phaseId) => {
    render(<RecoveryTimeline />);
    typeDay(value);
    const [current, ...others] = highlighted();
    expect(others).toHaveLength(0);
    expect(current!.id).toBe(`recovery-${phaseId}`);
    expect(within(current!).getByText(/You are here/).textContent).toContain(`day ${value}`);
    expect(screen.getAllByText(/You are here/)).toHaveLength(2); // the label, and the status sentence
    expect(screen.getByRole('link', {name: /^Go to /}).getAttribute('href')).toBe(`#recovery-${phaseId}`);
    expect(dayInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('moves the label when the day changes', () => {
    render(<RecoveryTimeline />);
    typeDay('2');
    expect(highlighted()[0]!.id).toBe('recovery-days-1-3');
    typeDay('6');
    expect(highlighted().map((li) => li.id)).toEqual(['recovery-days-4-7']);
  });

  it.each(['-1', '1.5', '61'])('shows an alert for %j and highlights nothing', (value) => {
    render(<RecoveryTimeline />);
    typeDay('5');
    typeDay(value);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/0 to 60/);
    const input = dayInput();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(highlighted()).toHaveLength(0);
    expect(screen.queryByText(/You are here/)).toBeNull();
  });

  it('treats letters as not a number (a number input reports them as validity.badInput)', () => {
    render(<RecoveryTimeline />);
    const input = dayInput();
    typeDay('1');
    // Typing "1x" in a browser: the value becomes "" and validity.badInput is true (jsdom has no badInput).
    Object.defineProperty(input, 'validity', {configurable: true, value: {badInput: true}});
    typeDay('');
    expect(screen.getByRole('alert').textContent).toBe('Enter the day as a number, from 0 to 60.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('has a hint tied to the input and a Clear button that empties it', () => {
    render(<RecoveryTimeline />);
    const input = dayInput();
    const hint = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toMatch(/day 0/);
    typeDay('99');
    fireEvent.click(screen.getByRole('button', {name: 'Clear'}));
    expect(input.value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('button', {name: 'Clear'}).getAttribute('type')).toBe('button');
  });

  it('announces the result in a polite live region', () => {
    const {container} = render(<RecoveryTimeline />);
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    typeDay('4');
    expect(live.textContent).toContain('Day 4 is in “Days 4-7”');
  });
});

// The Spanish texts below are not English words: cspell:disable
describe('in Spanish', () => {
  const SpanishTimeline = () => <RecoveryTimelineWith {...timelineEs} citations={citations} />;
  const spanishInput = () => screen.getByLabelText('¿En qué día de la recuperación está?') as HTMLInputElement;

  beforeAll(() => setTestLocale('es'));
  afterAll(() => setTestLocale('en'));

  it('labels the day input and the phase groups in Spanish', () => {
    render(<SpanishTimeline />);
    expect(spanishInput().value).toBe('');
    expect(screen.getByRole('button', {name: 'Borrar'})).toBeTruthy();
    const [first] = Array.from(screen.getByRole('list', {name: 'Fases de la recuperación, en orden'}).children) as HTMLElement[];
    expect(within(first!).getAllByRole('heading', {level: 4}).map((h) => h.textContent?.trim())).toEqual(['Qué es normal', 'Llame a su clínica si', 'Cuidados']);
    expect(screen.getByText('Emergencia:')).toBeTruthy();
  });

  it('explains a bad day in Spanish', () => {
    render(<SpanishTimeline />);
    fireEvent.change(spanishInput(), {target: {value: '61'}});
    expect(screen.getByRole('alert').textContent).toBe('Esta guía cubre los días 0 a 60. Escriba un día de 0 a 60, o consulte a su clínica.');
    fireEvent.change(spanishInput(), {target: {value: '-1'}});
    expect(screen.getByRole('alert').textContent).toBe('Un día no puede ser menor que 0. El día 0 es el día del tratamiento. Escriba un día de 0 a 60.');
  });

  it('marks the current phase in Spanish', () => {
    const {container} = render(<SpanishTimeline />);
    fireEvent.change(spanishInput(), {target: {value: '4'}});
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toContain('El día 4 está en “Días 4-7”. Abajo está marcado con “Usted está aquí”.');
    expect(screen.getByText(/Usted está aquí \(día 4\)/)).toBeTruthy();
    expect(screen.getByRole('link', {name: 'Ir a Días 4-7'}).getAttribute('href')).toBe('#recovery-days-4-7');
  });
});
