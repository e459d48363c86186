import { useNavigate } from '../navigation/navigation-context';
import type { Route } from '../navigation/route';

/** Back to the list a screen was opened from. */
export function BackButton({ to, label }: { to: Route; label: string }) {
  const navigate = useNavigate();
  return (
    <button type="button" className="button-link back-button" onClick={() => navigate(to)}>
      <span aria-hidden="true">← </span>
      {label}
    </button>
  );
}
