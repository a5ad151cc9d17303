// An in-page confirmation (never window.confirm, which blocks the extension
// page and cannot be styled or tested reliably). A native modal <dialog>:
// focus is trapped, Escape cancels, the rest of the page is inert. Mount it
// only while it is needed; it opens on mount.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

export interface ConfirmDialogProps {
  /** The question; also the dialog's accessible name. */
  message: string;
  /** Optional detail under the question. */
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  /** Style the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { message, children, confirmLabel, cancelLabel = t('common_cancel'), danger, busy, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // The latest onCancel, for the native listener registered once.
  const cancelNow = useRef(onCancel);
  cancelNow.current = onCancel;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    // The safe choice has focus first.
    cancelRef.current?.focus();
    const onNativeCancel = (e: Event) => {
      // Escape: close through our state, not the browser's.
      e.preventDefault();
      cancelNow.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog ref={ref} class="confirm-dialog" aria-labelledby={titleId} aria-modal="true">
      <h2 id={titleId} class="confirm-message">
        {message}
      </h2>
      {children && <div class="confirm-detail">{children}</div>}
      <div class="confirm-actions">
        <button ref={cancelRef} type="button" class="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class={danger ? 'button-danger' : 'button-primary'}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
