import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/language-select';

/** The frame of every screen shown before the vault is open: the name, the language switcher, one card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSelect />
      </header>
      <main className="auth-main">
        <div className="card">
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
