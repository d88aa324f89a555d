import type { ReactNode } from 'react';
import { Providers } from './providers';

export const metadata = { title: 'Acme Profiles' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <a href="/auth/signout">Sign out</a>
        </header>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
