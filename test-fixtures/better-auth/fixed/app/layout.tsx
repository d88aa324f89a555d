import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';

export const metadata = { title: 'Acme Projects' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
