import type { ReactNode } from 'react';
import { Providers } from './providers';

export const metadata = { title: 'Acme Profiles' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <form action="/auth/signout" method="post">
            <button type="submit">Sign out</button>
          </form>
        </header>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
