import type { ReactNode } from 'react';

interface BusyButtonProps {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  type?: 'button' | 'submit';
  disabled?: boolean;
  className?: string;
  title?: string;
  onClick?: () => void;
}

/** Says what is happening while a call runs (Argon2id alone takes about a second) and cannot be pressed twice. */
export function BusyButton({
  busy,
  busyLabel,
  children,
  type = 'button',
  disabled,
  className = 'button-primary',
  title,
  onClick,
}: BusyButtonProps) {
  return (
    <button
      type={type}
      className={className}
      disabled={busy || disabled}
      aria-busy={busy}
      title={title}
      onClick={onClick}
    >
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
