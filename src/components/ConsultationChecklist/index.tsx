import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ChecklistGroup} from '@site/docs/_data/consultation-checklist';
import {STORAGE_KEY, allItemIds, inOrder, parseStored, progress, progressText, toPlainText} from './logic';
import styles from './styles.module.css';

/**
 * The checklist module of the page's own edition (`_data/consultation-checklist.ts`, spread into
 * the props: `<ConsultationChecklist {...checklist} />`), so a published edition keeps its list.
 */
export interface ConsultationChecklistProps {
  consultationChecklist: readonly ChecklistGroup[];
  /** First line of the copied text. */
  consultationChecklistTitle: string;
}

type Message = 'copied' | 'copy-failed' | 'cleared';

function messageText(message: Message): string {
  switch (message) {
    case 'copied':
      return translate({id: 'scaratlas.checklist.copied', message: 'Copied. You can paste the checklist into a note or a message.'});
    case 'copy-failed':
      return translate({
        id: 'scaratlas.checklist.copyFailed',
        message: 'This browser did not let the page copy the text. The text is selected in the box below: copy it from there.',
      });
    case 'cleared':
      return translate({id: 'scaratlas.checklist.cleared', message: 'Checklist cleared'});
  }
}

/** Saves the ticked ids; false when this browser does not allow storage. */
function save(ids: readonly string[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
    return true;
  } catch {
    return false;
  }
}

function clearSaved(): boolean {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * The consultation checklist as a form the patient can tick. Ticks stay in this browser only
 * (localStorage), can be copied as plain text, printed, or cleared.
 */
export default function ConsultationChecklist({
  consultationChecklist: groups,
  consultationChecklistTitle: title,
}: ConsultationChecklistProps): ReactNode {
  const baseId = useId();
  const ids = useMemo(() => allItemIds(groups), [groups]);
  // Empty on the server and on the first client render; saved ticks are loaded after mount.
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [storageOk, setStorageOk] = useState(true);
  const [fallbackOpen, setFallbackOpen] = useState(false);
  const [selectRequest, setSelectRequest] = useState(0);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    try {
      setChecked(parseStored(window.localStorage.getItem(STORAGE_KEY), ids));
    } catch {
      setStorageOk(false);
    }
  }, [ids]);

  useEffect(() => {
    if (selectRequest === 0) return;
    const textarea = fallbackRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.select();
  }, [selectRequest]);

  const checkedSet = new Set(checked);
  const text = toPlainText(groups, checked, title);

  function toggle(id: string, on: boolean): void {
    const next = inOrder(on ? [...checked, id] : checked.filter((other) => other !== id), ids);
    setChecked(next);
    setMessage(null);
    setStorageOk(save(next));
  }

  async function copy(): Promise<void> {
    setMessage(null);
    const clipboard: Clipboard | undefined = navigator.clipboard;
    if (typeof clipboard?.writeText === 'function') {
      try {
        await clipboard.writeText(text);
        setFallbackOpen(false);
        setMessage('copied');
        return;
      } catch {
        // Permission refused or not a secure page: show the text to copy by hand.
      }
    }
    setFallbackOpen(true);
    setSelectRequest((n) => n + 1);
    setMessage('copy-failed');
  }

  function reset(): void {
    setChecked([]);
    setFallbackOpen(false);
    setStorageOk(clearSaved());
    setMessage('cleared');
  }

  return (
    <div className={styles.checklist}>
      <p className={styles.intro}>
        <Translate id="scaratlas.checklist.intro">
          Tick an item when you are happy with the answer. Your ticks are kept in this browser only. They are not sent anywhere.
        </Translate>
      </p>

      <div className={styles.status} aria-live="polite">
        <p className={styles.progress}>{progressText(progress(groups, checked))}</p>
        {message && <p className={styles.message}>{messageText(message)}</p>}
        {!storageOk && (
          <p className={styles.message}>
            <Translate id="scaratlas.checklist.noStorage">This browser cannot save your ticks. They will be lost when you leave the page.</Translate>
          </p>
        )}
      </div>

      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => void copy()}>
          <Translate id="scaratlas.checklist.copy">Copy as text</Translate>
        </button>
        <button type="button" className={styles.button} onClick={() => window.print()}>
          <Translate id="scaratlas.checklist.print">Print</Translate>
        </button>
        <button type="button" className={styles.button} onClick={reset}>
          <Translate id="scaratlas.checklist.reset">Reset</Translate>
        </button>
      </div>

      {fallbackOpen && (
        <div className={styles.fallback}>
          <label htmlFor={`${baseId}-text`}>
            <Translate id="scaratlas.checklist.asText">Checklist as text</Translate>
          </label>
          <textarea id={`${baseId}-text`} ref={fallbackRef} readOnly value={text} rows={12} />
        </div>
      )}

      {groups.map((group) => (
        <fieldset key={group.id} className={styles.group}>
          <legend className={styles.legend}>{group.title}</legend>
          <p className={styles.explainer}>
            <Translate id="scaratlas.checklist.moreOnThis">More on this:</Translate> <Link to={group.explainer.to}>{group.explainer.label}</Link>
            {group.also && (
              <>
                {' '}
                <Translate id="scaratlas.checklist.and">and</Translate> <Link to={group.also.to}>{group.also.label}</Link>
              </>
            )}
          </p>
          <ul className={styles.items}>
            {group.items.map((item) => (
              <li key={item.id} className={styles.item}>
                <input
                  type="checkbox"
                  id={`${baseId}-${item.id}`}
                  className={styles.checkbox}
                  checked={checkedSet.has(item.id)}
                  onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                />
                <label htmlFor={`${baseId}-${item.id}`}>{item.text}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
