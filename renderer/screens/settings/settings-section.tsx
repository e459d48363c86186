import { useId, type ReactNode } from 'react';

/** One titled block of the settings page; a named region, so each can be found by its heading. */
export function SettingsSection({
  heading,
  className,
  children,
}: {
  heading: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={className ? `settings-section ${className}` : 'settings-section'} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
