import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal confirmation (native <dialog>: focus trapped, Escape cancels). */
export function ConfirmDialog({ message, onConfirm, onCancel }: { message: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="confirm-message" data-testid="confirm-dialog" onCancel={(event) => { event.preventDefault(); onCancel(); }}>
      <p id="confirm-message">{message}</p>
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel} data-testid="confirm-cancel">{t('app.cancel')}</button>
        <button type="button" className="danger-button" onClick={onConfirm} data-testid="confirm-ok" autoFocus>{t('app.delete')}</button>
      </div>
    </dialog>
  );
}
