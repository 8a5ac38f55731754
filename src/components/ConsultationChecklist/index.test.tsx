import {act, fireEvent, render, screen} from '@testing-library/react';
import ConsultationChecklist from '.';
import * as checklist from '@site/docs/_data/consultation-checklist';
import * as checklistEs from '@site/i18n/es/docusaurus-plugin-content-docs/version-2027.1/_data/consultation-checklist';
import {setTestLocale} from '@site/tests/mocks/locale';

const {consultationChecklist, consultationChecklistTitle} = checklist;
import {STORAGE_KEY} from './logic';

const groups = [
  {
    id: 'before',
    title: 'Before',
    explainer: {label: 'Questions to ask', to: '/docs/practitioner/questions-to-ask#about-my-scars'},
    sources: [],
    items: [
      {id: 'first', text: 'First thing.'},
      {id: 'second', text: 'Second thing.'},
    ],
  },
  {
    id: 'after',
    title: 'After',
    explainer: {label: 'Aftercare, day by day', to: '/docs/microneedling/aftercare'},
    also: {label: 'Risks and side effects', to: '/docs/microneedling/risks-and-side-effects'},
    sources: [],
    items: [{id: 'third', text: 'Third thing.'}],
  },
];

const stored = (): unknown => JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
const status = (): HTMLElement => screen.getByText(/of \d+ checked/).parentElement!;

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', {value, configurable: true, writable: true});
}

beforeEach(() => {
  window.localStorage.clear();
  setClipboard(undefined);
});

describe('<ConsultationChecklist>', () => {
  it('shows every group as a fieldset with a legend, its explainer link and labeled checkboxes', () => {
    render(<ConsultationChecklist {...checklist} />);
    const fieldsets = screen.getAllByRole('group');
    expect(fieldsets.map((fieldset) => fieldset.querySelector('legend')!.textContent)).toEqual([
      'Credentials',
      'Assessment',
      'Plan',
      'Risks',
      'Aftercare',
      'Paperwork',
    ]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(27);
    expect(screen.getByRole('group', {name: 'Assessment'}).querySelector('a')!.getAttribute('href')).toBe(
      '/docs/practitioner/questions-to-ask#about-my-scars',
    );
    const first = consultationChecklist[0].items[0];
    expect(screen.getByLabelText(first.text)).toHaveProperty('checked', false);
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toContain('0 of 27 checked');
    for (const button of screen.getAllByRole('button')) expect(button.getAttribute('type')).toBe('button');
  });

  it('saves ticks to localStorage and restores them on the next visit', () => {
    const {unmount} = render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    fireEvent.click(screen.getByLabelText('Third thing.'));
    fireEvent.click(screen.getByLabelText('First thing.'));
    expect(stored()).toEqual(['first', 'third']);
    expect(status().textContent).toContain('2 of 3 checked');
    fireEvent.click(screen.getByLabelText('Third thing.'));
    expect(stored()).toEqual(['first']);
    unmount();

    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    expect(screen.getByLabelText('First thing.')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Second thing.')).toHaveProperty('checked', false);
    expect(status().textContent).toContain('1 of 3 checked');
  });

  it('ignores garbage and unknown ids in storage', () => {
    window.localStorage.setItem(STORAGE_KEY, '["second","removed-item",7]');
    const {unmount} = render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    expect(screen.getByLabelText('Second thing.')).toHaveProperty('checked', true);
    expect(status().textContent).toContain('1 of 3 checked');
    unmount();

    window.localStorage.setItem(STORAGE_KEY, '{not json');
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    expect(status().textContent).toContain('0 of 3 checked');
  });

  it('still works when localStorage throws', () => {
    const spy = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    const setSpy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    fireEvent.click(screen.getByLabelText('First thing.'));
    expect(screen.getByLabelText('First thing.')).toHaveProperty('checked', true);
    expect(status().textContent).toContain('cannot save your ticks');
    spy.mockRestore();
    setSpy.mockRestore();
  });

  it('resets: clears ticks and storage, and says so', () => {
    window.localStorage.setItem(STORAGE_KEY, '["first","third"]');
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    expect(status().textContent).toContain('2 of 3 checked');
    fireEvent.click(screen.getByRole('button', {name: 'Reset'}));
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(status().textContent).toContain('0 of 3 checked');
    expect(status().textContent).toContain('Checklist cleared');
  });

  it('copies the checklist as plain text', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    setClipboard({writeText});
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    fireEvent.click(screen.getByLabelText('Second thing.'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy as text'}));
    });
    expect(writeText).toHaveBeenCalledWith(
      'Consultation checklist\n\nBefore\n[ ] First thing.\n[x] Second thing.\n\nAfter\n[ ] Third thing.',
    );
    expect(status().textContent).toContain('Copied');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the text selected in a read-only box when the clipboard is missing', async () => {
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    fireEvent.click(screen.getByLabelText('First thing.'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy as text'}));
    });
    const textarea = screen.getByLabelText('Checklist as text') as HTMLTextAreaElement;
    expect(textarea.readOnly).toBe(true);
    expect(textarea.value).toBe(
      'Consultation checklist\n\nBefore\n[x] First thing.\n[ ] Second thing.\n\nAfter\n[ ] Third thing.',
    );
    expect(document.activeElement).toBe(textarea);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, textarea.value.length]);
    expect(status().textContent).toContain('did not let the page copy');
  });

  it('falls back to the box when the clipboard refuses', async () => {
    setClipboard({writeText: jest.fn().mockRejectedValue(new Error('NotAllowedError'))});
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy as text'}));
    });
    expect(screen.getByLabelText('Checklist as text')).toBeTruthy();
  });

  it('prints with the browser print dialog', () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ConsultationChecklist consultationChecklist={groups} consultationChecklistTitle={consultationChecklistTitle} />);
    fireEvent.click(screen.getByRole('button', {name: 'Print'}));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});

// The Spanish texts below are not English words: cspell:disable
describe('in Spanish', () => {
  const spanishStatus = (): HTMLElement => screen.getByText(/de \d+ marcados/).parentElement!;

  beforeAll(() => setTestLocale('es'));
  afterAll(() => setTestLocale('en'));

  it('labels the buttons, links and progress in Spanish', () => {
    render(<ConsultationChecklist {...checklistEs} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copiar como texto', 'Imprimir', 'Borrar marcas']);
    expect(spanishStatus().textContent).toContain(`0 de ${checklistEs.consultationChecklistItemIds.length} marcados`);
    expect(screen.getByRole('group', {name: 'Credenciales'}).textContent).toContain('Más sobre esto: Credenciales que debe comprobar');
    expect(screen.getByText(/Marque un punto cuando esté conforme con la respuesta/)).toBeTruthy();
  });

  it('says in Spanish when the browser cannot save the ticks', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    try {
      render(<ConsultationChecklist {...checklistEs} />);
      fireEvent.click(screen.getAllByRole('checkbox')[0]!);
      expect(spanishStatus().textContent).toContain('1 de');
      expect(spanishStatus().textContent).toContain('Este navegador no puede guardar sus marcas. Se perderán cuando salga de la página.');
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('copies the Spanish checklist, and shows it in a box when copying fails', async () => {
    render(<ConsultationChecklist {...checklistEs} />);
    const [first] = checklistEs.consultationChecklist[0].items;
    fireEvent.click(screen.getByLabelText(first.text));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copiar como texto'}));
    });
    const textarea = screen.getByLabelText('La lista como texto') as HTMLTextAreaElement;
    expect(textarea.value.startsWith(`Lista de verificación para la consulta\n\nCredenciales\n[x] ${first.text}\n[ ] `)).toBe(true);
    expect(spanishStatus().textContent).toContain('Este navegador no dejó que la página copiara el texto.');
    fireEvent.click(screen.getByRole('button', {name: 'Borrar marcas'}));
    expect(spanishStatus().textContent).toContain('Lista borrada');
  });
});
