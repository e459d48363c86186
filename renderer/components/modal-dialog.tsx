import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** Escape and the close paths call this; pass nothing while the dialog must stay open (a call is running). */
  onClose?: () => void;
  /** Room for two columns (a form beside what it shows), still within the window. */
  wide?: boolean;
  children: ReactNode;
}

/** A native modal <dialog>: showModal() makes the rest of the page inert, so focus stays inside; Escape closes it. */
export function ModalDialog({ title, onClose, wide = false, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      // Refusing the cancel event is not enough: Chromium closes a modal dialog on a repeated Escape anyway
      // (close-watcher anti-abuse). Without onClose it takes no close request at all.
      closedby={onClose ? 'closerequest' : 'none'}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
