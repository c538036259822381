import type { ReactNode } from 'react';

export interface AuthCardProps {
  /** Id of the page's h1, which names the main landmark. */
  labelledBy?: string;
  /** Narrow for a short form; wider for more to read or more fields. */
  size?: 'narrow' | 'medium' | 'wide';
  children: ReactNode;
}

/** The centred card of the pages a visitor sees before (or while) signing in. */
export function AuthCard({ labelledBy, size = 'narrow', children }: AuthCardProps) {
  return (
    <div className="auth-page">
      <main
        className={size === 'narrow' ? 'auth-card' : `auth-card auth-card--${size}`}
        aria-labelledby={labelledBy}
      >
        <p className="auth-card__brand">Foyer</p>
        {children}
      </main>
    </div>
  );
}
