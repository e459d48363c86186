import { useEffect, useRef } from 'react';

/**
 * Gives the focus back to the element that opened a dialog once the dialog has left the page (while it is open the
 * page behind it is inert and cannot take the focus). Attach the returned ref to that element.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const target = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return target;
}
